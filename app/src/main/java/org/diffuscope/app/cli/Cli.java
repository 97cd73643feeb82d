package org.diffuscope.app.cli;

import java.io.PrintWriter;

import org.diffuscope.app.io.InputException;

import picocli.CommandLine;

/**
 * Runs the command line (cli.md) and maps outcomes to exit codes: 0 success, 2 bad input (one message naming the
 * flag or field, no stack trace), 3 a diverged run, 4 an internal error.
 */
public final class Cli {

    public static final int OK = 0;
    public static final int NO_DISPLAY = 1;
    public static final int BAD_INPUT = 2;
    public static final int DIVERGED = 3;
    public static final int INTERNAL_ERROR = 4;

    private Cli() {
    }

    /** Parses and runs args; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new DiffuscopeCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("diffuscope: " + ex.getMessage());
            c.getErr().println("Try 'diffuscope " + subcommandPath(c) + "--help' for the flags and their ranges.");
            c.getErr().flush();
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            PrintWriter e = c.getErr();
            if (ex instanceof InputException || ex instanceof IllegalArgumentException) {
                e.println("diffuscope: " + ex.getMessage());
                e.flush();
                return BAD_INPUT;
            }
            if (ex instanceof DivergenceException) {
                e.println("diffuscope: " + ex.getMessage());
                e.flush();
                return DIVERGED;
            }
            e.println("diffuscope: internal error: " + ex);
            ex.printStackTrace(e);
            e.flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    private static String subcommandPath(CommandLine c) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine p = c; p != null && p.getParent() != null; p = p.getParent()) {
            sb.insert(0, p.getCommandName() + " ");
        }
        return sb.toString();
    }
}
