package brink.gui;

import brink.model.EventType;
import brink.model.ParameterKey;
import brink.scenario.ScenarioLoader;

import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Takes the screenshots for docs/classroom.md and writes the GUI's narrative log of each step of the
 * lesson (log-*.txt, to check the lesson's text against what the GUI shows). Not a test: a throwaway
 * main like CalibrationProbe. From the project folder:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     brink.gui.Screenshots docs/img /tmp/lesson-logs
 * </pre>
 */
public final class Screenshots {
    /** The lesson's seed, the day the class injects the crossing, and the seed of its last part. */
    static final long SEED = 8, OTHER_SEED = 26;
    static final int INJECT_AT = 30, LAST_DAY = 120, OTHER_LAST_DAY = 150;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "docs/img");
        Path logs = Path.of(args.length > 1 ? args[1] : "target/lesson-logs");
        Files.createDirectories(out);
        Files.createDirectories(logs);
        ClassroomGui g = ClassroomGui.open(new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")), SEED);
        try {
            Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
            GuiDriver.startPaused(g);
            GuiDriver.playUntil(g, INJECT_AT);
            GuiDriver.sleep(500);
            GuiDriver.save(new Robot().createScreenCapture(screen), out.resolve("gui-screen-day30.png"));
            inject(g);
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
            GuiDriver.playUntil(g, LAST_DAY);
            saveLog(g, logs.resolve("log-seed8-injected.txt"));

            // minutes 13-17: the same run with a less cautious NATO, then (every parameter back, by
            // picking the baseline again in the Scenario menu) with another contingent size
            rerun(g, "actors.nato.risk_aversion", 0.2, logs.resolve("log-seed8-nato-risk0.2.txt"));
            GuiDriver.onEdt(() -> {
                try {
                    g.gui().reloadScenario(Path.of("scenarios/baseline.yaml").toAbsolutePath());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            rerun(g, "actors.north_korea.troops", 3000, logs.resolve("log-seed8-troops3000.txt"));
            rerun(g, "actors.north_korea.troops", 30000, logs.resolve("log-seed8-troops30000.txt"));
        } finally {
            g.close();
        }
        // minutes 17-20: another seed, the same injection
        ClassroomGui other = ClassroomGui.open(new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")), OTHER_SEED);
        try {
            GuiDriver.startPaused(other);
            GuiDriver.playUntil(other, INJECT_AT);
            inject(other);
            GuiDriver.playUntil(other, OTHER_LAST_DAY);
            saveLog(other, logs.resolve("log-seed" + OTHER_SEED + "-injected.txt"));
        } finally {
            other.close();
        }
        System.exit(0);
    }

    private static void inject(ClassroomGui g) {
        GuiDriver.onEdt(() -> g.gui().events().button(EventType.NK_TROOPS_CROSS_INTO_UKRAINE).doClick());
    }

    /** Stop, set one parameter in the Model tab, play again from day 0 with the same seed and the same injection. */
    private static void rerun(ClassroomGui g, String path, double value, Path log) throws Exception {
        GuiDriver.onEdt(() -> g.console().pressStop());
        GuiDriver.flushEdt();
        ParameterProperties p = g.gui().parameterProperties();
        GuiDriver.onEdt(() -> p.setValue(p.indexOf(ParameterKey.parse(path).orElseThrow()), value));
        GuiDriver.startPaused(g);
        GuiDriver.playUntil(g, INJECT_AT);
        inject(g);
        GuiDriver.playUntil(g, LAST_DAY);
        saveLog(g, log);
    }

    private static void saveLog(ClassroomGui g, Path file) throws Exception {
        GuiDriver.flushEdt();
        Files.writeString(file, String.join("", g.gui().log().entries()));
    }
}
