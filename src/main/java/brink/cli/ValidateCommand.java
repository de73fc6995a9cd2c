package brink.cli;

import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code brink validate FILE...}: loads each scenario (with its bases) and reports OK or the error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files; print OK or the errors.",
        description = {"Check scenario files: YAML syntax, keys, types, ranges, distributions, actors, "
                + "events, rungs, 'extends' chains and (in base files) that every parameter cites its source.",
                "Prints one OK line per good file and one message per bad file (file, field, value, what is allowed)."},
        footer = {"", "Exit codes: 0 all files are valid, 2 at least one is not, 1 internal error.",
                "", "Examples:",
                "  brink validate scenarios/baseline.yaml",
                "  brink validate scenarios/*.yaml"})
public final class ValidateCommand extends BrinkCommand {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario files (YAML) to check.")
    List<Path> files;

    @Override
    protected int execute() {
        ScenarioLoader loader = new ScenarioLoader();
        int failed = 0;
        for (Path f : files) {
            try {
                Scenario s = loader.load(Install.input(f));
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
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
