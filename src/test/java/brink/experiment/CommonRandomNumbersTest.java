package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSampler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Common random numbers: every random element of Model v2 has its own stream keyed by its name
 * and rooted in (seed, replication) alone, so replication r of a what-if and replication r of the
 * baseline with the same seed share every random number the what-if does not touch. This is what
 * makes {@code brink compare}'s paired intervals valid and narrow.
 */
class CommonRandomNumbersTest {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    static final long SEED = 42;
    static final int RUNS = 40;

    @TempDir
    Path tmp;

    private Scenario whatIf(String name, String yaml) throws Exception {
        Path f = tmp.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nextends: \"" + BASELINE.toString().replace("\\", "/") + "\"\n" + yaml);
        return new ScenarioLoader().load(f);
    }

    /** Replications of the baseline and of a what-if written from {@code yaml} (which extends it): {baseline, what-if}. */
    private Replication[] pair(String name, String yaml) throws Exception {
        return new Replication[]{new Replication(new ScenarioLoader().load(BASELINE)), new Replication(whatIf(name, yaml))};
    }

    /** Every metric's series and the rung days of one run, copied (the record is reused). */
    private record Run(double[][] series, int[] firstDay) {
        static Run of(RunRecord r) {
            double[][] s = new double[Metric.COUNT][];
            for (Metric m : Metric.values()) s[m.ordinal()] = r.series(m).clone();
            int[] d = new int[Rung.COUNT];
            for (Rung g : Rung.values()) d[g.ordinal()] = r.firstCrossedDay(g);
            return new Run(s, d);
        }
    }

    @Test
    void aLateEventLeavesEveryRunAsInTheBaselineUpToItsDay() throws Exception {
        int day = 200;
        Replication[] ab = pair("late_contingent", "events:\n  - {day: " + day + ", type: nk_second_contingent, amount: 15000, "
                + "assumption: \"a test of common random numbers\"}\n");
        Replication a = ab[0], b = ab[1];
        int changedAfter = 0;
        for (int r = 0; r < RUNS; r++) {
            Run x = Run.of(a.runDirect(SEED, 0, r)), y = Run.of(b.runDirect(SEED, 0, r));
            for (Metric m : Metric.values()) {
                for (int d = 0; d < day; d++) {
                    assertThat(y.series()[m.ordinal()][d]).as("run %d, %s on day %d", r, m, d).isEqualTo(x.series()[m.ordinal()][d]);
                }
            }
            for (Rung g : Rung.values()) {
                assertThat(before(y.firstDay()[g.ordinal()], day)).as("run %d, rung %s", r, g).isEqualTo(before(x.firstDay()[g.ordinal()], day));
            }
            boolean differs = false;
            for (Metric m : Metric.values()) {
                for (int d = day; d < x.series()[m.ordinal()].length; d++) differs |= x.series()[m.ordinal()][d] != y.series()[m.ordinal()][d];
            }
            if (differs) changedAfter++;
        }
        // the event does something: otherwise the equality above would prove nothing
        assertThat(changedAfter).as("runs changed from day %d on", day).isGreaterThan(RUNS / 2);
    }

    @Test
    void aRuleWhoseProbabilityChangesLeavesEveryRunInWhichItIsNeverArmedAsItWas() throws Exception {
        // the rule waits for NK troops in Ukraine proper (rung 6), which most baseline runs never reach
        Replication[] ab = pair("no_sk_aid_rule", "triggers:\n  sk_aid_if_nk_in_ukraine:\n    probability: {value: 0, "
                + "assumption: \"a test of common random numbers\"}\n");
        Replication a = ab[0], b = ab[1];
        int unarmed = 0;
        for (int r = 0; r < RUNS; r++) {
            Run x = Run.of(a.runDirect(SEED, 0, r)), y = Run.of(b.runDirect(SEED, 0, r));
            if (x.firstDay()[Rung.NK_IN_UKRAINE.ordinal()] >= 0) continue; // armed at some point: may differ
            unarmed++;
            for (Metric m : Metric.values()) {
                assertThat(y.series()[m.ordinal()]).as("run %d, %s", r, m).isEqualTo(x.series()[m.ordinal()]);
            }
            assertThat(y.firstDay()).as("run %d", r).isEqualTo(x.firstDay());
        }
        assertThat(unarmed).isGreaterThan(RUNS / 2);
    }

    /** The day a rung was first crossed if that was before {@code day}, else -1 (never, or not yet). */
    private static int before(int firstDay, int day) {
        return firstDay >= 0 && firstDay < day ? firstDay : -1;
    }

    @Test
    void aWhatIfOnOneParameterKeepsEveryOtherParameterDrawAndItsOwnUniform() throws Exception {
        // the baseline's China restraint is uniform on [0.5, 1.5]; the same uniform on [2, 3] is the draw plus 1.5
        Replication[] ab = pair("china_restraint", "actors:\n  china:\n    restraint: {dist: uniform, min: 2.0, max: 3.0, "
                + "assumption: \"a test of common random numbers\"}\n");
        Replication a = ab[0], b = ab[1];
        String changed = "actors.china.restraint";
        for (int r = 0; r < RUNS; r++) {
            Map<String, Double> x = draws(a, r), y = draws(b, r);
            assertThat(y.keySet()).isEqualTo(x.keySet());
            assertSameDraws(x, y, r, changed::equals);
            assertThat(y.get(changed)).as("run %d: the same uniform through the new distribution", r).isCloseTo(x.get(changed) + 1.5, within(1e-12));
        }
    }

    @Test
    void fixingSomeParametersKeepsTheDrawsOfAllTheOthers() throws Exception {
        Scenario base = new ScenarioLoader().load(BASELINE);
        Scenario keeps = new ScenarioLoader().load(Path.of("scenarios/what-if-us-keeps-restrictions.yaml"));
        Replication a = new Replication(base), b = new Replication(keeps);
        for (int r = 0; r < RUNS; r++) {
            Map<String, Double> x = draws(a, r), y = draws(b, r);
            // a parameter the what-if fixes takes the what-if's value; every other keeps its draw
            int same = assertSameDraws(x, y, r, p -> fixed(keeps, p) && !fixed(base, p));
            assertThat(same).isGreaterThan(x.size() - 4);
        }
    }

    /** Asserts that every parameter but the skipped ones took the same value in both; returns how many were compared. */
    private static int assertSameDraws(Map<String, Double> x, Map<String, Double> y, int run, java.util.function.Predicate<String> skip) {
        int compared = 0;
        for (String p : x.keySet()) {
            if (skip.test(p)) continue;
            assertThat(y.get(p)).as("run %d, %s", run, p).isEqualTo(x.get(p));
            compared++;
        }
        return compared;
    }

    private static boolean fixed(Scenario s, String path) {
        return s.parameters().values().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().distribution().isFixed();
    }

    /** Every parameter's value in replication {@code run} (the replication is started, not run). */
    private static Map<String, Double> draws(Replication rep, int run) {
        rep.start(SEED, 0, run);
        ScenarioSampler s = rep.sampler();
        Map<String, Double> out = new HashMap<>();
        for (int i = 0; i < s.size(); i++) out.put(s.def(i).path(), s.lastSample(i));
        return out;
    }
}
