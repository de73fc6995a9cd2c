package brink.gui;

import brink.experiment.Replication;
import brink.model.ActorId;
import brink.model.BrinkModel;
import brink.model.EventType;
import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Interval;

import javax.swing.JFrame;
import java.awt.GraphicsEnvironment;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classroom GUI end to end, on the baseline, driven through the Console's own controls.
 * Needs a display: test.sh runs the suite under xvfb-run, so these tests run in CI too.
 */
class ClassroomGuiTest {
    private ClassroomGui gui;

    @BeforeAll
    static void needsDisplay() {
        assertThat(GraphicsEnvironment.isHeadless())
                .as("GUI tests need a display: run them under xvfb-run (./test.sh does)").isFalse();
    }

    @AfterEach
    void closeWindows() throws InterruptedException {
        if (gui != null) gui.close();
        gui = null;
    }

    private static Scenario baseline() throws Exception {
        return new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
    }

    private BrinkModel model() {
        return gui.gui().model();
    }

    @Test
    void sixtyDaysShowTheMapLadderChartsAndLog() throws Exception {
        gui = ClassroomGui.open(baseline(), 7L);
        GuiDriver.startPaused(gui);
        GuiDriver.playUntil(gui, 60);

        assertThat(model().day()).isEqualTo(60);
        assertThat(gui.console().isShowing()).isTrue();
        for (JFrame f : gui.gui().frames().values()) assertThat(f.isShowing()).as(f.getTitle()).isTrue();

        List<String> rungs = gui.gui().ladderPanel().rungTexts();
        assertThat(rungs).hasSize(Rung.COUNT);
        for (Rung r : Rung.values()) assertThat(String.join("\n", rungs)).contains(r.title());
        assertThat(gui.gui().ladderPanel().dayText(Rung.NK_TROOPS_IN_RUSSIA)).contains("day 0");

        for (String chart : List.of(LiveCharts.ESCALATION, LiveCharts.CASUALTIES, LiveCharts.MANPOWER, LiveCharts.PRESSURE)) {
            int[] counts = gui.gui().charts().itemCounts(chart);
            assertThat(counts).as(chart).isNotEmpty();
            for (int n : counts) assertThat(n).as(chart + " points (days 0..60)").isEqualTo(61);
        }

        BufferedImage map = GuiDriver.paint(gui.gui().frames().get("map"));
        BufferedImage ladder = GuiDriver.paint(gui.gui().frames().get("ladder"));
        BufferedImage screen = new Robot().createScreenCapture(
                GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
        Path out = Files.createDirectories(Path.of("target", "gui-test"));
        GuiDriver.save(map, out.resolve("map-day60.png"));
        GuiDriver.save(screen, out.resolve("screen-day60.png"));
        assertThat(GuiDriver.pixelSpread(map)).as("map image is not blank").isGreaterThan(10);
        double unit = gui.gui().display().getScale() * BrinkWithUI.DISPLAY_WIDTH / ActorMap.WIDTH;
        synchronized (model().schedule) {
            assertThat(MapLayoutCheck.problems(MapLayoutCheck.layout(gui.gui().map(), unit))).as("the map's labels at day 60").isEmpty();
        }
        assertThat(GuiDriver.pixelSpread(ladder)).as("ladder image is not blank").isGreaterThan(10);
        assertThat(GuiDriver.pixelSpread(screen)).as("screenshot is not blank").isGreaterThan(10);
    }

    /**
     * The lesson of docs/classroom.md in the windows as they open: at each pause, no text on the map overlaps another,
     * a node or a line (checked on the layout at the display's own scale), and no rung's name or date on the ladder is
     * cut off (each label gets the room its text needs).
     */
    @Test
    void atEachPauseOfTheLessonTheMapsLabelsAndTheLaddersCellsShowWhole() throws Exception {
        gui = ClassroomGui.open(baseline(), Screenshots.SEED);
        GuiDriver.startPaused(gui);
        Path out = Files.createDirectories(Path.of("target", "gui-test"));
        for (int day : new int[]{Screenshots.INJECT_AT, 60, 90, 92, Screenshots.LAST_DAY}) {
            GuiDriver.playUntil(gui, day);
            if (day == Screenshots.INJECT_AT) {
                GuiDriver.onEdt(() -> gui.gui().events().button(EventType.NK_TROOPS_CROSS_INTO_UKRAINE).doClick());
            }
            GuiDriver.flushEdt();
            BufferedImage map = GuiDriver.paint(gui.gui().frames().get("map"));
            GuiDriver.save(map, out.resolve("map-lesson-day" + day + ".png"));
            double unit = gui.gui().display().getScale() * BrinkWithUI.DISPLAY_WIDTH / ActorMap.WIDTH;
            List<String> mapProblems;
            synchronized (model().schedule) {
                mapProblems = MapLayoutCheck.problems(MapLayoutCheck.layout(gui.gui().map(), unit));
            }
            assertThat(mapProblems).as("the map at day %d, %.2f px per unit", day, unit).isEmpty();
            List<String> cells = new java.util.ArrayList<>();
            GuiDriver.onEdt(() -> cells.addAll(gui.gui().ladderPanel().overflowingCells()));
            assertThat(cells).as("the ladder at day %d", day).isEmpty();
        }
        assertThat(gui.gui().ladderPanel().dayText(Rung.RUSSIAN_COUNTER_SIGNAL)).isEqualTo("day 38, again 92");
    }

    @Test
    void anInjectedEventCrossesItsRungTheNextDayAndIsLoggedAsInjected() throws Exception {
        gui = ClassroomGui.open(baseline(), 7L);
        GuiDriver.startPaused(gui);
        GuiDriver.playUntil(gui, 20);
        assertThat(model().ladder().isActive(Rung.NATO_INTERCEPTS)).isFalse();

        GuiDriver.onEdt(() -> gui.gui().events().button(EventType.NATO_INTERCEPTS).doClick());
        assertThat(gui.gui().events().status()).contains("Queued for day 21");
        assertThat(model().ladder().isActive(Rung.NATO_INTERCEPTS)).as("nothing happens before the next day").isFalse();

        GuiDriver.playUntil(gui, 21);
        assertThat(model().ladder().isActive(Rung.NATO_INTERCEPTS)).isTrue();
        assertThat(model().ladder().firstCrossedDay(Rung.NATO_INTERCEPTS)).isEqualTo(21);
        assertThat(gui.gui().log().entries()).anySatisfy(e -> assertThat(e)
                .startsWith("Day 21 ").contains(NarrativeLog.INJECTED_MARK).contains(EventType.NATO_INTERCEPTS.description()));
        assertThat(gui.gui().log().area().getText()).contains(NarrativeLog.INJECTED_MARK);
        assertThat(gui.gui().ladderPanel().dayText(Rung.NATO_INTERCEPTS)).contains("day 21");
    }

    @Test
    void theInspectorClampsOutOfRangeValuesAndChangesTheRunningModel() throws Exception {
        gui = ClassroomGui.open(baseline(), 7L);
        GuiDriver.startPaused(gui);
        GuiDriver.playUntil(gui, 5);
        ParameterProperties p = gui.gui().parameterProperties();
        int i = p.indexOf(brink.model.ParameterKey.parse("actors.russia.resolve").orElseThrow());
        assertThat(i).isGreaterThanOrEqualTo(0);
        assertThat(p.getName(i)).isEqualTo("Russia: resolve");
        Interval dom = (Interval) p.getDomain(i);
        assertThat(dom.getMin().doubleValue()).isEqualTo(0.0);
        assertThat(dom.getMax().doubleValue()).isEqualTo(1.0);
        assertThat(p.getDescription(i)).contains("Moscow has made it clear the West must not overstep the mark");

        assertThat(p.setValue(i, 5.0)).isEqualTo(1.0);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).isEqualTo(1.0);
        assertThat(p.setValue(i, -3.0)).isEqualTo(0.0);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).isEqualTo(0.0);
        p.setValue(i, "not a number");
        p.setValue(i, Double.NaN);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).as("not a number: rejected, unchanged").isEqualTo(0.0);
        assertThat(p.setValue(i, 0.25)).isEqualTo(0.25);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).isEqualTo(0.25);

        int jump = p.indexOf(brink.model.ParameterKey.parse("decision.max_jump").orElseThrow());
        assertThat(p.setValue(jump, 99)).isEqualTo(Rung.COUNT - 1);
        assertThat(model().parameters().decision.maxJump).isEqualTo(Rung.COUNT - 1);

        GuiDriver.playUntil(gui, 6);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).as("kept while the run goes on").isEqualTo(0.25);

        GuiDriver.onEdt(() -> gui.console().pressStop());
        GuiDriver.startPaused(gui);
        assertThat(model().day()).isZero();
        assertThat(model().seed()).as("stop + play repeats the same seed").isEqualTo(7L);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).as("kept across a restart").isEqualTo(0.25);
    }

    @Test
    void aCheckpointSavedAtDay30AndLoadedReachesTheSameDay60(@TempDir Path tmp) throws Exception {
        long seed = 11;
        gui = ClassroomGui.open(baseline(), seed);
        GuiDriver.startPaused(gui);
        GuiDriver.playUntil(gui, 30);
        File file = tmp.resolve("day30.checkpoint").toFile();
        synchronized (model().schedule) {
            model().writeToCheckpoint(file);
        }
        GuiDriver.playUntil(gui, 60);
        State straight = State.of(model());

        boolean[] loaded = new boolean[1];
        GuiDriver.onEdt(() -> {
            try {
                loaded[0] = gui.gui().readNewStateFromCheckpoint(file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(loaded[0]).isTrue();
        assertThat(model().day()).isEqualTo(30);
        GuiDriver.flushEdt();
        assertThat(gui.gui().charts().days()).as("charts rebuilt from the checkpoint's record").isEqualTo(31);
        assertThat(model().narrator()).as("narrator re-attached").isNotNull();

        GuiDriver.playUntil(gui, 60);
        State afterLoad = State.of(model());
        assertThat(afterLoad).isEqualTo(straight);
        assertThat(gui.gui().charts().days()).isEqualTo(61);

        // and the GUI's run is the command line's run with the same seed
        Replication cli = new Replication(baseline());
        cli.run(seed, 0, 0);
        assertThat(State.ofRecord(cli.record(), 60)).isEqualTo(State.ofRecord(straight.record, 60));
    }

    @Test
    void pickingAnotherScenarioRestartsOnItAndABadFileChangesNothing(@TempDir Path tmp) throws Exception {
        Path baseline = Path.of("scenarios/baseline.yaml").toAbsolutePath();
        Path hawkish = tmp.resolve("hawkish.yaml");
        Files.writeString(hawkish, "extends: " + baseline + "\nname: hawkish\n"
                + "actors:\n  russia:\n    resolve: {value: 1.0, assumption: \"a test scenario\"}\n");
        Path broken = tmp.resolve("broken.yaml");
        Files.writeString(broken, "extends: " + baseline + "\nname: broken\nhorizon_days: -5\n");

        gui = ClassroomGui.open(baseline(), 7L);
        GuiDriver.startPaused(gui);
        GuiDriver.playUntil(gui, 10);
        assertThat(ScenarioMenu.scenarioFiles(baseline.getParent())).contains(baseline);

        Exception[] failure = new Exception[1];
        GuiDriver.onEdt(() -> {
            try {
                gui.gui().reloadScenario(broken);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        assertThat(failure[0]).isInstanceOf(brink.scenario.ScenarioException.class).hasMessageContaining("horizon_days");
        assertThat(gui.gui().scenario().name()).isEqualTo("baseline");
        assertThat(model().day()).as("a bad file leaves the run alone").isEqualTo(10);

        GuiDriver.onEdt(() -> {
            try {
                gui.gui().reloadScenario(hawkish);
            } catch (Exception e) {
                failure[0] = e;
            }
        });
        GuiDriver.flushEdt();
        assertThat(gui.gui().scenario().name()).isEqualTo("hawkish");
        assertThat(model().day()).isZero();
        assertThat(gui.console().getPlayState()).isEqualTo(sim.display.Console.PS_PAUSED);
        assertThat(model().parameters().actor(ActorId.RUSSIA).resolve).isEqualTo(1.0);
        int i = gui.gui().parameterProperties().indexOf(brink.model.ParameterKey.parse("actors.russia.resolve").orElseThrow());
        assertThat(gui.gui().parameterProperties().getDescription(i)).contains("a test scenario");
        GuiDriver.playUntil(gui, 5);
        assertThat(gui.gui().charts().days()).isEqualTo(6);
    }

    /** What "the same state" means: every recorded series up to the day, the ladder, the pressures. */
    private record State(int day, String series, String ladder, String pressures, RunRecord record) {
        static State of(BrinkModel m) {
            StringBuilder ladder = new StringBuilder();
            for (Rung r : Rung.values()) {
                ladder.append(r.key()).append(m.ladder().isActive(r)).append(m.ladder().firstCrossedDay(r)).append(';');
            }
            double[] p = new double[ActorId.COUNT];
            for (ActorId a : ActorId.values()) p[a.ordinal()] = m.actor(a).pressure();
            return new State(m.day(), seriesText(m.record(), m.day()), ladder.toString(), Arrays.toString(p), m.record());
        }

        static String ofRecord(RunRecord r, int days) {
            return seriesText(r, days);
        }

        private static String seriesText(RunRecord r, int days) {
            StringBuilder sb = new StringBuilder();
            for (Metric x : Metric.values()) sb.append(x.key()).append(Arrays.toString(Arrays.copyOf(r.series(x), days + 1)));
            return sb.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof State s && s.day == day && s.series.equals(series) && s.ladder.equals(ladder)
                    && s.pressures.equals(pressures);
        }

        @Override
        public int hashCode() { return series.hashCode(); }

        @Override
        public String toString() { return "day " + day + " ladder " + ladder + " pressures " + pressures; }
    }
}
