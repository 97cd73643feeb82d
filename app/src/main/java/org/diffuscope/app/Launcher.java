package org.diffuscope.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.diffuscope.app.cli.Cli;

/**
 * The jar's entry point. It does not extend {@code Application} (so JavaFX starts from the classpath): no arguments
 * open the explorer window, one scenario or target file ({@code .json}) or share string opens the window showing it,
 * anything else runs the command line headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            System.exit(WindowLauncher.open(null));
        }
        String document = windowDocument(args);
        if (document != null) {
            System.exit(WindowLauncher.open(document));
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Cli.run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * The document the window should open, or null for the command line: a single argument that is a share string
     * or an existing {@code .json} file (no subcommand is either).
     */
    static String windowDocument(String[] args) {
        if (args.length != 1) {
            return null;
        }
        String a = args[0];
        if (a.startsWith("diffuscope:")) {
            return a;
        }
        return a.toLowerCase(java.util.Locale.ROOT).endsWith(".json") && java.nio.file.Files.isRegularFile(
                java.nio.file.Path.of(a)) ? a : null;
    }
}
