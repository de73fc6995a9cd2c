package brink.cli;

import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.scenario.BadInput;
import brink.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Base of every brink subcommand: one place that turns outcomes into exit codes and messages. A
 * user's mistake (a {@link BadInput} such as {@link ScenarioException}, or a
 * {@link ResultsException}: a damaged input folder, an output that cannot be written) prints
 * {@code brink: <message>} and gives {@link BrinkCli#BAD_INPUT}; anything unexpected prints one
 * line {@code brink: internal error: ...} and gives {@link BrinkCli#INTERNAL_ERROR}, with a stack
 * trace only under {@code --debug} or {@code BRINK_DEBUG=1}. A picocli
 * {@link CommandLine.ParameterException} thrown from a command (e.g. an option out of range)
 * passes through to the root's handler, which prints it with a "Try --help" hint (code 2).
 *
 * <p>Everything printed goes through {@link TerminalText}: no control character from a file
 * reaches the terminal.
 */
public abstract class BrinkCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Option(names = "--debug", description = "Print a stack trace on internal errors (same as BRINK_DEBUG=1).")
    protected boolean debug;

    private PrintWriter out, err, rawOut, rawErr;

    /** The command's work; returns an exit code. Throw ScenarioException for a user's mistake. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        return guarded(err(), debug, this::execute);
    }

    /** Standard output of this command line (tests redirect it), with control characters escaped. */
    protected PrintWriter out() {
        PrintWriter raw = spec.commandLine().getOut();
        if (raw != rawOut) {
            rawOut = raw;
            out = TerminalText.wrap(raw);
        }
        return out;
    }

    /** Standard error of this command line (tests redirect it), with control characters escaped. */
    protected PrintWriter err() {
        PrintWriter raw = spec.commandLine().getErr();
        if (raw != rawErr) {
            rawErr = raw;
            err = TerminalText.wrap(raw);
        }
        return err;
    }

    /** Whether an exception is the user's (or the machine's) fault rather than Brink's. */
    static boolean isBadInput(Throwable e) {
        return e instanceof BadInput || e instanceof ResultsException;
    }

    /** Runs a command body and maps its exceptions to brink's exit codes, printing one message. */
    public static int guarded(PrintWriter err, boolean debug, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (Exception | Error e) {
            String note = "";
            Throwable t = e;
            if (e instanceof Noted n) {
                note = n.note;
                t = n.getCause();
            }
            if (isBadInput(t)) {
                err.println("brink: " + t.getMessage() + note);
                err.flush();
                return BrinkCli.BAD_INPUT;
            }
            err.println("brink: internal error: " + t + note + (debug || debugFromEnv() ? "" : " (run with --debug for details)"));
            if (debug || debugFromEnv()) t.printStackTrace(err);
            err.flush();
            return BrinkCli.INTERNAL_ERROR;
        }
    }

    /**
     * Runs work that writes the folder {@code dir}. Ctrl-C or SIGTERM interrupts it and the
     * message that the folder is marked INCOMPLETE is printed before the JVM is let go, so it is
     * always seen; any failure's one message ends with the same note when the folder was taken.
     *
     * @param redo how to finish the job, e.g. "run the same command again with --force"
     */
    protected int writing(Path dir, String redo, Callable<Integer> work) throws Exception {
        ResultsFolder.forget();
        try (InterruptOnShutdown guard = new InterruptOnShutdown(Thread.currentThread())) {
            try {
                return work.call();
            } catch (Exception | Error e) {
                boolean left = ResultsFolder.leftIncompleteByThisThread(dir);
                if (e instanceof InterruptedException || guard.triggered() || Thread.currentThread().isInterrupted()) {
                    err().println("brink: interrupted; " + (left ? dir + " is marked " + ResultsFolder.MARKER + " (" + redo + ")"
                            : "nothing was written to " + dir));
                    err().flush();
                    return BrinkCli.INTERRUPTED;
                }
                if (!left) throw e;
                throw new Noted(e, "; " + dir + " is marked " + ResultsFolder.MARKER + " (" + redo + ")");
            } finally {
                ResultsFolder.forget();
            }
        }
    }

    /** An exception and what the user should know beside it. */
    private static final class Noted extends Exception {
        private static final long serialVersionUID = 1L;
        final String note;

        Noted(Throwable cause, String note) {
            super(cause);
            this.note = note;
        }
    }

    static boolean debugFromEnv() {
        String v = System.getenv("BRINK_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }
}
