package brink.cli;

import brink.scenario.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/**
 * The {@code brink} command: one thin subcommand class per verb. Exit codes: 0 success,
 * 2 bad input (one message naming file, field, value and what is allowed), 1 internal error.
 */
@Command(name = "brink", mixinStandardHelpOptions = true, versionProvider = BrinkCli.Version.class,
        description = "Agent-based scenarios of the escalation around North Korea's troops in Russia.",
        footer = {"",
                "Examples:",
                "  brink validate scenarios/*.yaml",
                "  brink params scenarios/baseline.yaml",
                "  brink trace scenarios/baseline.yaml --seed 7",
                "  brink run scenarios/baseline.yaml --runs 10000 --seed 42",
                "  brink compare results/baseline results/what_if_sk_lethal_aid_early",
                "  brink report results/baseline",
                "  brink sweep scenarios/sweeps/nk-troops-x-nato-restraint.yaml",
                "  brink calibrate scenarios/calibration/articles.yaml",
                "  brink gui",
                "",
                "Exit codes: 0 success, 2 bad input (one message naming file, field, value",
                "and what is allowed; nothing written), 1 internal error, 3 sweep finished",
                "with failures, 130 interrupted (Ctrl-C or SIGTERM; the folder being written",
                "is left marked INCOMPLETE).",
                "Run 'brink COMMAND --help' for each command's options."},
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                ParamsCommand.class,
                TraceCommand.class,
                RunCommand.class,
                CompareCommand.class,
                ReportCommand.class,
                SweepCommand.class,
                CalibrateCommand.class,
                GuiCommand.class,
                BenchCommand.class,
        })
public final class BrinkCli implements Runnable {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /** Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it). */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line (tests call this and {@code execute} in-process). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BrinkCli());
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            java.io.PrintWriter err = TerminalText.wrap(c.getErr());
            err.println("brink: " + ex.getMessage());
            // "did you mean": picocli's suggestions for an unknown command or option
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
                boolean command = !u.isUnknownOption() && !c.getSubcommands().isEmpty();
                List<String> suggestions = u.getSuggestions();
                if (suggestions.isEmpty()) {
                    // picocli compares letter pairs, which misses swapped letters ('rnu'): edit distance finds them
                    suggestions = Suggestions.nearest(u.getUnmatched().get(0),
                            command ? c.getSubcommands().keySet() : c.getCommandSpec().optionsMap().keySet());
                }
                if (!suggestions.isEmpty()) {
                    err.println("Did you mean " + (command ? "brink " : "") + String.join(" or ", suggestions) + "?");
                }
            }
            err.println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return BAD_INPUT;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Version from the jar manifest (falls back to "dev" when run from classes). */
    public static final class Version implements CommandLine.IVersionProvider {
        public static String version() {
            String v = BrinkCli.class.getPackage().getImplementationVersion();
            return v == null ? "dev" : v;
        }

        @Override
        public String[] getVersion() {
            return new String[]{"brink " + version(), "Java " + System.getProperty("java.version")};
        }
    }
}
