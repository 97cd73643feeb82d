package org.diffuscope.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.diffuscope.app.cli.Cli;

/**
 * The jar's entry point. It does not extend {@code Application} (so JavaFX starts from the classpath): no arguments
 * open the explorer window, anything else runs the command line headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(WindowLauncher.open());
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
