package brink.gui;

import brink.model.EventType;
import brink.scenario.ScenarioLoader;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes the screenshots for docs/classroom.md (run under xvfb-run from the project folder):
 * {@code mvn -q -o test-compile exec...} or from an IDE. Not a test: a throwaway main like CalibrationProbe.
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/img");
        Files.createDirectories(out);
        ClassroomGui g = ClassroomGui.open(new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")), 7L);
        try {
            GuiDriver.startPaused(g);
            GuiDriver.playUntil(g, 60);
            GuiDriver.save(GuiDriver.paint(g.gui().frames().get("map")), out.resolve("gui-map-day60.png"));
            GuiDriver.save(GuiDriver.paint(g.gui().frames().get("ladder")), out.resolve("gui-ladder-day60.png"));
            GuiDriver.onEdt(() -> g.gui().events().button(EventType.SK_LETHAL_AID).doClick());
            GuiDriver.playUntil(g, 90);
            for (String k : g.gui().frames().keySet()) {
                GuiDriver.save(GuiDriver.paint(g.gui().frames().get(k)), out.resolve("gui-" + k.replace(' ', '-').toLowerCase() + ".png"));
            }
            GuiDriver.save(GuiDriver.paint(g.console()), out.resolve("gui-console.png"));
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            GuiDriver.sleep(500);
            GuiDriver.save(new Robot().createScreenCapture(screen), out.resolve("gui-screen.png"));
        } finally {
            g.close();
        }
        System.exit(0);
    }
}
