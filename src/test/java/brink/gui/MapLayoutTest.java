package brink.gui;

import brink.model.EventType;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actor map's text stays readable at every pause of the lesson (docs/classroom.md): no caption, relation label or
 * name overlaps another, a circle or the troops square, and no relation's line runs through one. Checked on the
 * layout the portrayals draw, computed without a screen, at the map's scale on a 1600 x 1000 screen, in a smaller
 * window and in larger ones. A failing state is painted into target/gui-test/ to look at.
 */
class MapLayoutTest {
    private static Scenario baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
    }

    /** The lesson's run: seed 8, the class injects the crossing into Ukraine at day 30. */
    private static MapLayoutCheck.Run lesson(long seed) {
        return new MapLayoutCheck.Run(seed).click(Screenshots.INJECT_AT, EventType.NK_TROOPS_CROSS_INTO_UKRAINE);
    }

    @Test
    void atDay90OfTheLessonNoLabelOverlapsAnotherANodeOrALine() throws Exception {
        ActorMap map = lesson(Screenshots.SEED).maps(baseline, 90).get(0);
        MapLayout l = MapLayoutCheck.layout(map, MapLayoutCheck.DEFAULT_UNIT);
        // the busy picture of docs/img/gui-map.png: strikes allowed, South Korean aid, China pressing, troops in Ukraine
        List<String> relations = new ArrayList<>();
        for (MapLayout.Line line : l.lines.values()) relations.add(line.relation().link.name());
        assertThat(relations).contains("STRIKES", "SK_AID", "CHINA_RUSSIA", "CHINA_NK", "TROOPS");
        assertThat(map.troops.where).isEqualTo(TroopsNode.Where.UKRAINE);
        assertNoProblems("lesson day 90", map, MapLayoutCheck.DEFAULT_UNIT);
    }

    @Test
    void aRunWithoutAContingentShowsNoTroopsSquareCaptionOrArrowAndNorthKoreaKeepsItsSize() throws Exception {
        ActorMap map = new MapLayoutCheck.Run(Screenshots.SEED).edit("actors.north_korea.troops", 0).maps(baseline, 30).get(0);
        assertThat(map.troops.where).isEqualTo(TroopsNode.Where.HOME);
        MapLayout layout = MapLayoutCheck.layout(map, MapLayoutCheck.DEFAULT_UNIT);
        assertThat(layout.shapes).doesNotContainKey(map.troops);
        assertThat(layout.labels).noneMatch(label -> label.owner() == map.troops);
        // North Korea keeps its size: its circle is not shrunk to a dot for want of a contingent
        assertThat(map.nodes.get(brink.model.ActorId.NORTH_KOREA).diameter()).isGreaterThan(map.troops.diameter());
        List<String> relations = new ArrayList<>();
        for (MapLayout.Line line : layout.lines.values()) relations.add(line.relation().link.name());
        assertThat(relations).doesNotContain("TROOPS");
        assertNoProblems("no troops, day 30", map, MapLayoutCheck.DEFAULT_UNIT);
    }

    @Test
    void atEveryPauseOfTheLessonAndItsVariantsInFourWindowSizes() throws Exception {
        List<String> names = new ArrayList<>();
        List<ActorMap> maps = new ArrayList<>();
        int[] days = {0, 18, 30, 31, 38, 47, 56, 65, 90, 92, Screenshots.LAST_DAY};
        List<ActorMap> main = lesson(Screenshots.SEED).maps(baseline, days);
        for (int i = 0; i < days.length; i++) {
            names.add("seed 8, day " + days[i]);
            maps.add(main.get(i));
        }
        // minutes 13-17: a less cautious NATO intercepts (rung 7); a larger and a smaller contingent
        names.add("seed 8, NATO risk aversion 0.2, day 120");
        maps.add(lesson(Screenshots.SEED).edit("actors.nato.risk_aversion", 0.2).maps(baseline, 120).get(0));
        names.add("seed 8, 30,000 troops, day 120");
        maps.add(lesson(Screenshots.SEED).edit("actors.north_korea.troops", 30000).maps(baseline, 120).get(0));
        names.add("seed 8, 3,000 troops, day 30");
        maps.add(lesson(Screenshots.SEED).edit("actors.north_korea.troops", 3000).maps(baseline, 30).get(0));
        names.add("seed 8, no troops, day 30");
        maps.add(new MapLayoutCheck.Run(Screenshots.SEED).edit("actors.north_korea.troops", 0).maps(baseline, 30).get(0));
        // minutes 17-20: seed 26, the incidents nobody chose (rungs 8 and 9)
        int[] other = {4, 30, 40, 138, 143, Screenshots.OTHER_LAST_DAY};
        List<ActorMap> second = lesson(Screenshots.OTHER_SEED).maps(baseline, other);
        for (int i = 0; i < other.length; i++) {
            names.add("seed 26, day " + other[i]);
            maps.add(second.get(i));
        }
        // the buttons a class may press too: the nuclear alert (a ring and its text around Russia), a withdrawal
        // (the troops back to training), a second contingent (a larger North Korean circle)
        names.add("seed 8, nuclear alert at day 60, day 90");
        maps.add(lesson(Screenshots.SEED).click(60, EventType.RUSSIA_NUCLEAR_ALERT).maps(baseline, 90).get(0));
        names.add("seed 8, withdrawal at day 60, day 90");
        maps.add(lesson(Screenshots.SEED).click(60, EventType.NK_TROOPS_WITHDRAW).maps(baseline, 90).get(0));
        names.add("seed 8, second contingent at day 35, day 60");
        maps.add(lesson(Screenshots.SEED).click(35, EventType.NK_SECOND_CONTINGENT).maps(baseline, 60).get(0));

        List<String> failures = new ArrayList<>();
        // the default window, one 10% smaller, larger ones up to a map maximized on a large screen
        for (double unit : new double[]{MapLayoutCheck.DEFAULT_UNIT, 5.5, 8.5, 12}) {
            for (int i = 0; i < maps.size(); i++) {
                List<String> p = MapLayoutCheck.problems(MapLayoutCheck.layout(maps.get(i), unit));
                if (!p.isEmpty()) {
                    String what = String.format("%s, %.1f px per unit", names.get(i), unit);
                    failures.add(what + ": " + p);
                    save(what, maps.get(i), unit);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static void assertNoProblems(String what, ActorMap map, double unit) throws Exception {
        List<String> p = MapLayoutCheck.problems(MapLayoutCheck.layout(map, unit));
        if (!p.isEmpty()) save(what, map, unit);
        assertThat(p).as(what).isEmpty();
    }

    private static void save(String what, ActorMap map, double unit) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "gui-test"));
        GuiDriver.save(MapLayoutCheck.paint(map, unit), dir.resolve("map-layout-" + what.replaceAll("[^A-Za-z0-9]+", "-") + ".png"));
    }
}
