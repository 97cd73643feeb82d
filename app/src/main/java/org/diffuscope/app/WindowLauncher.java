package org.diffuscope.app;

import javafx.application.Application;

import org.diffuscope.app.cli.Cli;
import org.diffuscope.app.view.ExplorerApp;

/** Opens the explorer window, or explains why it cannot (no display) and returns exit code 1. */
final class WindowLauncher {

    private WindowLauncher() {
    }

    /** Opens the window; document (a file path or share string, may be null) is shown once it is up. */
    static int open(String document) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        boolean monocle = "Monocle".equalsIgnoreCase(System.getProperty("glass.platform"));
        boolean linux = os.contains("linux") || os.contains("bsd");
        if (linux && !monocle && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
            System.err.println("diffuscope: cannot open the explorer window: no display (DISPLAY is not set). "
                    + "Run it on a desktop, or use a subcommand headless (see 'diffuscope --help').");
            return Cli.NO_DISPLAY;
        }
        try {
            Application.launch(ExplorerApp.class, document == null ? new String[0] : new String[] {document});
            return Cli.OK;
        } catch (RuntimeException | LinkageError e) {
            System.err.println("diffuscope: cannot open the explorer window: " + e.getMessage()
                    + (linux ? " (on Linux the window needs GTK 3: install libgtk-3-0)" : ""));
            return Cli.NO_DISPLAY;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
