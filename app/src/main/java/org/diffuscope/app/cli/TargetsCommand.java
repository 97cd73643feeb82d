package org.diffuscope.app.cli;

import java.io.PrintWriter;

import org.diffuscope.core.preset.Preset;
import org.diffuscope.core.preset.Presets;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code targets}: one preset per line, TAB-separated name, dim, kind, description. */
@Command(name = "targets", mixinStandardHelpOptions = true,
        description = "List the preset targets: name, dim, kind, description (TAB-separated).")
public final class TargetsCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        for (Preset p : Presets.all()) {
            out.println(p.name() + "\t" + p.dim() + "\t" + p.kind() + "\t" + p.description());
        }
        out.flush();
    }
}
