package brink.cli;

import brink.experiment.MonteCarloRunner;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * The options several commands share, each declared once as a picocli mixin; a value out of range
 * is refused while the command line is read (exit 2, with a "Try --help" hint).
 */
final class Options {
    private Options() {}

    /** The seed run, trace and gui all start from, with the same default. */
    static final class Seed {
        static final long DEFAULT = 1;

        @Option(names = "--seed", paramLabel = "S",
                description = "master seed (default " + DEFAULT + "); the same seed gives the same runs in run, trace and gui")
        Long given;

        /** The seed given, or the default. */
        long value() { return given == null ? DEFAULT : given; }
    }

    /** --days: a horizon other than the scenario's. */
    static final class Days {
        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        Integer days;

        @Option(names = "--days", paramLabel = "D",
                description = "days to simulate, 1 to " + ScenarioLoader.MAX_HORIZON_DAYS + " (default: the scenario's horizon_days)")
        void setDays(int d) {
            if (d < 1 || d > ScenarioLoader.MAX_HORIZON_DAYS) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--days: value " + d
                        + ": allowed: a whole number from 1 to " + ScenarioLoader.MAX_HORIZON_DAYS);
            }
            days = d;
        }

        Scenario apply(Scenario s) { return days == null ? s : s.withHorizon(days); }
    }

    /** --threads: worker threads, all cores by default. */
    static final class Threads {
        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        private Integer threads;

        @Option(names = "--threads", paramLabel = "T", description = "worker threads, 1 or more (default: all cores)")
        void setThreads(int t) {
            if (t < 1) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--threads: value " + t + ": allowed: a whole number of 1 or more");
            }
            threads = t;
        }

        int count() { return threads == null ? MonteCarloRunner.defaultThreads() : threads; }
    }

    /** --out and --force: where a command writes its folder, and whether it may replace an earlier one. */
    static final class Output {
        /** What --out defaults to, as the commands compute it; run's and sweep's is {@link #orDefault}. */
        private static final java.util.Map<String, String> DEFAULTS = java.util.Map.of(
                "compare", "results/compare-<A>-vs-<B>/, from the folders' scenario names",
                "calibrate", "results/calibration-<name>/, <name> from the targets file");

        @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: results/<name>/, <name> from the file)")
        Path out;

        /**
         * Gives --out, in the help of a command that names its folder otherwise, that command's
         * default (an annotation on this shared mixin can say only one).
         */
        static void describeDefaults(CommandLine root) {
            for (CommandLine sub : root.getSubcommands().values()) {
                CommandSpec spec = sub.getCommandSpec();
                String d = DEFAULTS.get(spec.name());
                CommandLine.Model.OptionSpec option = spec.findOption("--out");
                if (d == null || option == null) continue;
                spec.remove(option);
                spec.addOption(option.toBuilder().description("output folder (default: " + d + ")").build());
            }
        }

        @Option(names = "--force", description = "replace an existing Brink folder there (never anything else)")
        boolean force;

        Path orDefault(String name) { return out != null ? out : Path.of("results", name); }
    }

    /** --quiet: no progress output (the summary is still printed). */
    static final class Quiet {
        @Option(names = "--quiet", description = "no progress output (the summary is still printed)")
        boolean quiet;
    }

    /**
     * --engine, --master, --points-per-task: where the work is computed. The engine never changes
     * the results (the same file and seed give the same bytes on local threads and on Spark).
     */
    static final class Engine {
        /** The engines --engine takes. */
        enum Kind { local, spark }

        static final String DEFAULT_MASTER = "local[*]";
        static final int DEFAULT_POINTS_PER_TASK = 4;

        @Spec(Spec.Target.MIXEE)
        CommandSpec mixee;

        @Option(names = "--engine", paramLabel = "E", description = "where the work is computed: local (threads, the default) or spark "
                + "(Apache Spark: see --master; needs the brink-spark module, see the README)")
        Kind kind = Kind.local;

        @Option(names = "--master", paramLabel = "URL", description = "with --engine spark: the Spark master, e.g. spark://host:7077 "
                + "(default " + DEFAULT_MASTER + ": Spark inside this JVM on all cores)")
        String master;

        private Integer pointsPerTask;

        @Option(names = "--points-per-task", paramLabel = "N", description = "with --engine spark: what one Spark task computes, N sweep points "
                + "(brink sweep) or N blocks of " + brink.experiment.MonteCarloRunner.BLOCK + " replications (brink run); default "
                + DEFAULT_POINTS_PER_TASK + " (more per task: less overhead, coarser balancing)")
        void setPointsPerTask(int n) {
            if (n < 1) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--points-per-task: value " + n + ": allowed: a whole number of 1 or more");
            }
            pointsPerTask = n;
        }

        boolean cluster() { return kind != Kind.local; }

        String masterOrDefault() { return master == null ? DEFAULT_MASTER : master; }

        int pointsPerTask() { return pointsPerTask == null ? DEFAULT_POINTS_PER_TASK : pointsPerTask; }

        /** Refuses --master and --points-per-task without a cluster engine (they would be silently ignored). */
        void check() {
            if (!cluster() && (master != null || pointsPerTask != null)) {
                throw new CommandLine.ParameterException(mixee.commandLine(), (master != null ? "--master" : "--points-per-task")
                        + ": only with --engine spark");
            }
        }
    }
}
