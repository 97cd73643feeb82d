package org.diffuscope.app.engine;

import org.diffuscope.app.io.TargetFiles;
import org.diffuscope.app.viewmodel.CorrectorChoice;
import org.diffuscope.app.viewmodel.ExperimentConfig;
import org.diffuscope.app.viewmodel.SamplerChoice;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.corrector.Corrector;
import org.diffuscope.core.corrector.CorrectorSettings;
import org.diffuscope.core.corrector.Correctors;
import org.diffuscope.core.corrector.Mala;
import org.diffuscope.core.corrector.OverdampedLangevin;
import org.diffuscope.core.corrector.SnrLangevin;
import org.diffuscope.core.corrector.StepSize;
import org.diffuscope.core.corrector.UnderdampedLangevin;
import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.run.Direction;
import org.diffuscope.core.run.Prior;
import org.diffuscope.core.run.RunConfig;
import org.diffuscope.core.sampler.DormandPrince45;
import org.diffuscope.core.sampler.Predictor;
import org.diffuscope.core.sampler.Predictors;
import org.diffuscope.core.sampler.ProbabilityFlowHeun;
import org.diffuscope.core.schedule.TimeGrid;
import org.diffuscope.core.score.ScoreError;
import org.diffuscope.core.target.Target;

/**
 * Turns an {@link ExperimentConfig} into the core's run configuration: the one path by which the window and the
 * command line build runs, so that the same settings give the same numbers in both.
 */
public final class RunFactory {

    private RunFactory() {
    }

    /** The target a choice names: a preset at its dimension, or a custom target file's JSON. */
    public static Target target(TargetChoice choice) {
        if (!choice.isPreset()) {
            return new TargetFiles().parse(choice.json(), "custom target");
        }
        Preset preset = Presets.byName(choice.preset()).orElseThrow(
                () -> new IllegalArgumentException("unknown preset '" + choice.preset() + "'"));
        return preset.build(choice.dim());
    }

    public static DiffusedTarget diffusedTarget(ExperimentConfig c) {
        return new DiffusedTarget(target(c.target()), c.process().build());
    }

    public static Predictor predictor(SamplerChoice s) {
        return switch (s.name()) {
            case "ode-heun" -> new ProbabilityFlowHeun(s.sChurn(), s.sTmin(), s.sTmax(), s.sNoise());
            case "rk45" -> new DormandPrince45(s.rtol(), s.atol());
            default -> Predictors.byName(s.name());
        };
    }

    public static TimeGrid grid(SamplerChoice s, ForwardProcess process) {
        return TimeGrid.named(s.grid(), process, process.tMin(), process.tMax(), s.steps(), s.rho());
    }

    public static CorrectorSettings corrector(CorrectorChoice c) {
        Corrector corrector = switch (c.name()) {
            case "ula" -> c.step().equals("default") ? OverdampedLangevin.standard() : new OverdampedLangevin(stepSize(c));
            case "ulmc" -> new UnderdampedLangevin(c.step().equals("default")
                    ? UnderdampedLangevin.standard().step() : stepSize(c), c.friction());
            case "mala" -> c.step().equals("default") ? Mala.standard() : new Mala(stepSize(c));
            case "langevin-snr" -> new SnrLangevin(c.snr());
            default -> Correctors.byName(c.name());
        };
        if (c.paperSchedule()) {
            return CorrectorSettings.paper(corrector);
        }
        return new CorrectorSettings(corrector, c.steps(), c.every(), false);
    }

    private static StepSize stepSize(CorrectorChoice c) {
        return StepSize.parse(c.step());
    }

    /** A builder holding every setting of the experiment, ready for {@code build()} or further changes. */
    public static RunConfig.Builder builder(ExperimentConfig c, DiffusedTarget dt, int threads) {
        RunConfig.Builder b = RunConfig.builder(dt)
                .predictor(predictor(c.sampler()))
                .corrector(corrector(c.corrector()))
                .grid(grid(c.sampler(), dt.process()))
                .particles(c.particles())
                .prior(c.exactPrior() ? Prior.EXACT : Prior.NORMAL)
                .seed(c.seed())
                .threads(threads)
                .direction(c.forward() ? Direction.FORWARD : Direction.REVERSE)
                .denoise(c.denoise() && !c.forward());
        if (c.scoreError().enabled()) {
            b.scoreError(new ScoreError(ScoreError.Kind.valueOf(c.scoreError().kind().toUpperCase(java.util.Locale.ROOT)),
                    c.scoreError().size()));
        }
        return b;
    }
}
