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
                "with failures, 130 interrupted by Ctrl-C (SIGINT), 143 stopped by SIGTERM",
                "(either way the folder being written is left marked INCOMPLETE).",
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
public final class BrinkCli implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;
    /**
     * Stopped by Ctrl-C (128 + SIGINT, as shells report it). A SIGTERM ends the JVM with 143
     * (128 + SIGTERM) whatever a command returns: the JVM's own exit is already under way when the
     * shutdown hook ({@link InterruptOnShutdown}) stops the work, so this code is then not used.
     */
    public static final int INTERRUPTED = 130;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** {@code brink} alone: a command is missing, so the usage goes to stderr as for any other mistake (exit 2). */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** Builds the command line (tests call this and {@code execute} in-process). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BrinkCli());
        versionEverywhere(cl);
        Options.Output.describeDefaults(cl);
        HelpLayout.install(cl);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            java.io.PrintWriter err = TerminalText.wrap(c.getErr());
            err.println("brink: " + ParameterMessages.of(ex));
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

    /**
     * Every subcommand's -V (which mixinStandardHelpOptions gives each of them) prints what
     * {@code brink --version} does; without a provider of its own a subcommand printed nothing.
     */
    private static void versionEverywhere(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().versionProvider() == null) sub.getCommandSpec().versionProvider(new Version());
            versionEverywhere(sub);
        }
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
