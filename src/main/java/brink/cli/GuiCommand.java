package brink.cli;

import brink.gui.ClassroomGui;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.awt.GraphicsEnvironment;
import java.nio.file.Path;

/** {@code brink gui [FILE]}: the classroom GUI on MASON's Console; returns when the Console closes. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        header = "Open the classroom GUI: map, escalation ladder, live charts, event buttons.",
        description = {"Open the classroom GUI (MASON Console) on a scenario: a map of the six actors, the "
                + "escalation ladder, live charts, event buttons, a parameter inspector and a narrative log."})
public final class GuiCommand extends BrinkCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "scenario file (default: the Brink folder's " + Install.DEFAULT_SCENARIO + ")")
    Path file;

    @Mixin Options.Seed seed;

    @Override
    protected int execute() throws Exception {
        Scenario scenario = new ScenarioLoader().load(file == null ? Install.defaultScenario() : Install.input(file));
        if (GraphicsEnvironment.isHeadless()) {
            err().println("brink: gui needs a display; none is available here (on a server, run it under xvfb-run).");
            err().flush();
            return BrinkCli.BAD_INPUT;
        }
        ClassroomGui.open(scenario, seed.value()).awaitClosed();
        return BrinkCli.OK;
    }
}
