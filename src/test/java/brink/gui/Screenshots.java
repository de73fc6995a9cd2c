package brink.gui;

import brink.model.EventType;
import brink.scenario.ScenarioLoader;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes the screenshots for docs/classroom.md. Not a test: a throwaway main like CalibrationProbe.
 * From the project folder:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     brink.gui.Screenshots docs/img
 * </pre>
 */
public final class Screenshots {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/img");
        Files.createDirectories(out);
        ClassroomGui g = ClassroomGui.open(new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")), 8L);
        try {
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            GuiDriver.startPaused(g);
            GuiDriver.playUntil(g, 30);
            GuiDriver.sleep(500);
            GuiDriver.save(new Robot().createScreenCapture(screen), out.resolve("gui-screen-day30.png"));
            GuiDriver.onEdt(() -> g.gui().events().button(EventType.NK_TROOPS_CROSS_INTO_UKRAINE).doClick());
            GuiDriver.playUntil(g, 45);
            GuiDriver.save(GuiDriver.paint(g.gui().frames().get("log")), out.resolve("gui-log-day45.png"));
            GuiDriver.playUntil(g, 90);
            GuiDriver.onEdt(() -> {
                javax.swing.JTabbedPane tabs = g.console().getTabPane();
                for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Model")) tabs.setSelectedIndex(i);
            });
            GuiDriver.sleep(800);
            GuiDriver.save(new Robot().createScreenCapture(screen), out.resolve("gui-screen-day90.png"));
            for (String k : List.of("map", "ladder", "log", "chart " + LiveCharts.ESCALATION, "chart " + LiveCharts.PRESSURE, "events")) {
                GuiDriver.save(GuiDriver.paint(g.gui().frames().get(k)), out.resolve("gui-" + k.replace(' ', '-').toLowerCase() + ".png"));
            }
            GuiDriver.save(GuiDriver.paint(g.console()), out.resolve("gui-console-model.png"));
        } finally {
            g.close();
        }
        System.exit(0);
    }
}
