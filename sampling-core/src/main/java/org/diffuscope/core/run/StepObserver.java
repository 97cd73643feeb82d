package org.diffuscope.core.run;

/** Sees every state of a run (init, each predictor step, each corrector call, the final denoise), in order. */
@FunctionalInterface
public interface StepObserver {

    /** Called on the run's thread; must not keep {@code event.particles()} beyond the call. */
    void onStep(StepEvent event);
}
