package org.diffuscope.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code diffuscope} command: with no subcommand the launcher opens the explorer window instead. */
@Command(name = "diffuscope",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Diffuscope: exact diffusion sampling, the reverse SDE vs the probability-flow ODE.",
            "With no arguments the explorer window opens; with a subcommand it runs headless."},
        subcommands = {TargetsCommand.class, ScoreCommand.class, SampleCommand.class, SweepCommand.class,
            BenchCommand.class},
        commandListHeading = "%nSubcommands:%n",
        footer = {"", "Exit codes: 0 success, 1 no display for the window, 2 bad input, 3 a run diverged."})
public final class DiffuscopeCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
