package brink.cli;

import brink.scenario.BadInput;
import brink.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * Base of every brink subcommand: one place that turns outcomes into exit codes. A user's mistake
 * (any {@link BadInput}, e.g. {@link ScenarioException}) prints {@code brink: <message>} and gives {@link BrinkCli#BAD_INPUT};
 * anything unexpected prints one line {@code brink: internal error: ...} and gives
 * {@link BrinkCli#INTERNAL_ERROR}, with a stack trace only under {@code --debug} or {@code BRINK_DEBUG=1}.
 * A picocli {@link CommandLine.ParameterException} thrown from a command (e.g. an option out of
 * range) passes through to the root's handler, which prints it with a "Try --help" hint (code 2).
 *
 * <p>Subclasses implement {@link #execute()}; a command that cannot extend this class can wrap its
 * body with {@link #guarded(PrintWriter, boolean, Callable)}.
 */
public abstract class BrinkCommand implements Callable<Integer> {

    @Spec
    protected CommandSpec spec;

    @Option(names = "--debug", description = "Print a stack trace on internal errors (same as BRINK_DEBUG=1).")
    protected boolean debug;

    /** The command's work; returns an exit code. Throw ScenarioException for a user's mistake. */
    protected abstract int execute() throws Exception;

    @Override
    public final Integer call() {
        return guarded(err(), debug, this::execute);
    }

    /** Standard output of this command line (tests redirect it). */
    protected PrintWriter out() { return spec.commandLine().getOut(); }

    /** Standard error of this command line (tests redirect it). */
    protected PrintWriter err() { return spec.commandLine().getErr(); }

    /** Runs a command body and maps its exceptions to brink's exit codes, printing one line. */
    public static int guarded(PrintWriter err, boolean debug, Callable<Integer> body) {
        try {
            return body.call();
        } catch (CommandLine.ParameterException e) {
            throw e;
        } catch (Exception | Error e) {
            if (e instanceof BadInput) {
                err.println("brink: " + e.getMessage());
                err.flush();
                return BrinkCli.BAD_INPUT;
            }
            err.println("brink: internal error: " + e + (debug || debugFromEnv() ? "" : " (run with --debug for details)"));
            if (debug || debugFromEnv()) e.printStackTrace(err);
            err.flush();
            return BrinkCli.INTERNAL_ERROR;
        }
    }

    static boolean debugFromEnv() {
        String v = System.getenv("BRINK_DEBUG");
        return v != null && !v.isEmpty() && !v.equals("0") && !v.equalsIgnoreCase("false");
    }
}
