package org.diffuscope.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.diffuscope.app.io.InputException;
import org.diffuscope.app.io.TargetFiles;
import org.diffuscope.app.viewmodel.TargetChoice;
import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.preset.Presets;
import org.diffuscope.core.process.DiffusedTarget;
import org.diffuscope.core.process.ForwardProcess;
import org.diffuscope.core.target.Target;

import picocli.CommandLine.Option;

/** The flags every sampling subcommand shares (cli.md, "Common flags"), and how they become a problem. */
public final class CommonOptions {

    @Option(names = "--target", paramLabel = "T", defaultValue = "ring8",
            description = "A preset name (see 'targets') or a target file (.json). Default: ${DEFAULT-VALUE}.")
    String target;

    @Option(names = "--process", paramLabel = "P", defaultValue = "ou",
            description = "Forward process: ou, vp-linear, vp-cosine, ve. Default: ${DEFAULT-VALUE}.")
    String process;

    @Option(names = "--t-min", paramLabel = "E",
            description = "Smallest time, > 0. Default: ou 1e-3, vp-linear 1e-3, vp-cosine 1e-3, ve 1e-3.")
    Double tMin;

    @Option(names = "--t-max", paramLabel = "X",
            description = "Largest time, in (t-min, limit]. Default: ou 5 (limit 50), vp-linear 1 (1), vp-cosine 0.9946 (0.9946), ve 1 (1).")
    Double tMax;

    @Option(names = "--dim", paramLabel = "D",
            description = "Dimension, for presets that scale with d (1..4096). Not allowed with a target file.")
    Integer dim;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "64-bit seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "J",
            description = "Worker threads, 1..256. Default: all cores.")
    Integer threads;

    /** The target, once built. */
    private Target built;

    /** The forward process with the time bounds the flags give. */
    public ForwardProcess forwardProcess() {
        ForwardProcess p;
        try {
            p = ForwardProcess.named(process);
        } catch (IllegalArgumentException e) {
            throw new InputException("--process: " + e.getMessage());
        }
        double lo = tMin == null ? p.tMin() : tMin;
        double hi = tMax == null ? p.tMax() : tMax;
        if (!(lo > 0) || !Double.isFinite(lo)) {
            throw new InputException("--t-min must be a number > 0, got " + lo);
        }
        if (!(hi > lo) || !(hi <= p.tLimit())) {
            throw new InputException("--t-max must be in (t-min = " + lo + ", " + p.tLimit() + "] for " + p.name() + ", got " + hi);
        }
        return p.withTimes(lo, hi);
    }

    /** The target as the experiment records it: a preset at its dimension, or the target file's JSON. */
    public TargetChoice targetChoice() {
        Target t = target();
        if (isFile()) {
            try {
                return TargetChoice.custom(Files.readString(Path.of(target)));
            } catch (java.io.IOException e) {
                throw new InputException("--target: cannot read " + target + " (" + e.getMessage() + ")");
            }
        }
        return TargetChoice.preset(target, t.dim());
    }

    private boolean isFile() {
        return target.endsWith(".json") || Files.isRegularFile(Path.of(target));
    }

    /** The target the flags name: a preset (with --dim) or a target file; built once (d = 1000 takes seconds). */
    public Target target() {
        if (built == null) {
            built = buildTarget();
        }
        return built;
    }

    private Target buildTarget() {
        if (isFile()) {
            if (dim != null) {
                throw new InputException("--dim cannot be used with a target file (" + target + " fixes its own dimension)");
            }
            return new TargetFiles().read(Path.of(target));
        }
        Preset preset = Presets.byName(target).orElseThrow(() -> new InputException(
                "--target: unknown preset '" + target + "' and no such file (run 'diffuscope targets' for the presets)"));
        if (dim != null && !preset.scalesWithDim() && dim != preset.dim()) {
            throw new InputException("--dim: preset " + preset.name() + " has fixed dimension " + preset.dim() + ", got " + dim);
        }
        if (dim != null && (dim < 1 || dim > 4096)) {
            throw new InputException("--dim must be in 1..4096, got " + dim);
        }
        try {
            return preset.build(dim == null ? preset.dim() : dim);
        } catch (IllegalArgumentException e) {
            throw new InputException("--dim: " + e.getMessage());
        }
    }

    public DiffusedTarget diffusedTarget() {
        return new DiffusedTarget(target(), forwardProcess());
    }

    /** The worker thread count: the flag, or all cores. */
    public int threads() {
        int j = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (j < 1 || j > 256) {
            throw new InputException("--threads must be in 1..256, got " + j);
        }
        return j;
    }

    public long seed() {
        return seed;
    }
}
