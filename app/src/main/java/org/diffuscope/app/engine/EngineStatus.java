package org.diffuscope.app.engine;

/**
 * What the engine tells the UI after each command: whether it plays, whether the run finished or diverged (with a
 * message saying what to change), and the static facts of the run for the timeline strip.
 *
 * @param generation the generation of the current run
 * @param playing    playing (advancing on its own)
 * @param finished   the live run reached its last time
 * @param problem    null, or what went wrong and what to change (a divergence, a bad setting)
 * @param info       the run's time grid and schedule, or null before the first load
 */
public record EngineStatus(long generation, boolean playing, boolean finished, String problem, RunInfo info) {
}
