package brink.cli;

import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.TargetsLoader;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.FileKind;
import brink.scenario.ScenarioLoader;
import brink.scenario.YamlFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code brink validate FILE...}: loads each scenario (with its bases) and reports OK or the error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario, sweep and calibration targets files; print OK or the errors.",
        description = {"Check scenario files: YAML syntax, keys, types, ranges, distributions, actors, "
                + "events, rungs, 'extends' chains and (in base files) that every parameter cites its source.",
                "Sweep files (told by their own keys: design:, factors:, outcomes: ...) are checked as 'brink sweep' would: the base scenario, "
                        + "factors, design, outcomes and the design's size.",
                "Calibration targets files (told by targets:, parameters:, abc:) are checked as 'brink calibrate' would: the base scenario, "
                        + "the parameters and their priors, the targets and their sources, the ABC settings.",
                "Prints one OK line per good file and one message per bad file (file, field, value, what is allowed)."},
        footer = {"", "Exit codes: 0 all files are valid, 2 at least one is not, 1 internal error.",
                "", "Examples:",
                "  brink validate scenarios/baseline.yaml",
                "  brink validate scenarios/*.yaml",
                "  brink validate scenarios/sweeps/*.yaml",
                "  brink validate scenarios/calibration/*.yaml"})
public final class ValidateCommand extends BrinkCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario or sweep files (YAML) to check.")
    List<Path> files;

    @Override
    protected int execute() {
        ScenarioLoader loader = new ScenarioLoader();
        int failed = 0;
        for (Path f : files) {
            try {
                Path in = Install.input(f);
                // the kind of file only: its refused values are reported with its other mistakes by its loader
                FileKind kind = FileKind.of(YamlFile.read(in).tree()).orElse(FileKind.SCENARIO);
                if (kind == FileKind.TARGETS) {
                    CalibrationSpec c = new TargetsLoader().load(in);
                    out().printf("OK  %s  (calibration %s on %s: %s, %s, %d particles x %s)%n", ScenarioLoader.label(f), c.name(),
                            c.base().name(), count(c.dimension(), "parameter"), count(c.targets().size(), "target"),
                            c.abc().particles(), count(c.abc().replications(), "replication"));
                    continue;
                }
                if (kind == FileKind.SWEEP) {
                    SweepSpec w = new SweepLoader().load(in);
                    out().printf("OK  %s  (sweep %s: %s design, %,d points x %s on %s, %s, %s)%n", ScenarioLoader.label(f), w.name(),
                            w.design().key(), w.design().pointCount(w.options(), w.factors()),
                            count(w.replications(), "replication"), w.base().name(), count(w.factorCount(), "factor"),
                            count(w.outcomes().size(), "outcome"));
                    continue;
                }
                Scenario s = loader.load(in);
                out().printf("OK  %s  (%s: %s, %s, %s, horizon %s)%n",
                        ScenarioLoader.label(f), s.name(), count(s.parameters().size(), "parameter"),
                        count(s.triggers().size(), "trigger"), count(s.events().size(), "event"),
                        count(s.horizonDays(), "day"));
            } catch (ScenarioException e) {
                failed++;
                out().flush();
                err().println("brink: " + e.getMessage());
                err().flush();
            }
        }
        out().flush();
        if (failed > 0 && files.size() > 1) {
            err().printf("brink: %d of %d files failed validation%n", failed, files.size());
            err().flush();
        }
        return failed == 0 ? BrinkCli.OK : BrinkCli.BAD_INPUT;
    }

    private static String count(int n, String noun) {
        return TextWrap.count(n, noun);
    }
}
