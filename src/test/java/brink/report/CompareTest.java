package brink.report;

import brink.results.CsvReader;
import brink.cli.BrinkCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CompareTest {
    static final int RUNS = 150;
    static final int DAYS = 90;

    @TempDir
    static Path tmp;
    static Path baseA, baseB, whatIf, shortHorizon, whatIfOtherSeed, whatIfFewerRuns, whatIfOtherReplications;

    @BeforeAll
    static void fixtures() throws Exception {
        baseA = ResultsFixture.write(ResultsFixture.BASELINE, tmp.resolve("base-a"), RUNS, 42, DAYS);
        baseB = ResultsFixture.write(ResultsFixture.BASELINE, tmp.resolve("base-b"), RUNS, 42, DAYS);
        Path yaml = ResultsFixture.whatIf(tmp, "sk_aid_day30", "What if South Korea sends lethal aid on day 30",
                "events:\n  - {day: 30, type: sk_lethal_aid, assumption: \"the what-if being tested\"}\n");
        whatIf = ResultsFixture.write(yaml, tmp.resolve("sk-aid"), RUNS, 42, DAYS);
        shortHorizon = ResultsFixture.write(ResultsFixture.BASELINE, tmp.resolve("short"), 20, 42, 60);
        whatIfOtherSeed = ResultsFixture.write(yaml, tmp.resolve("sk-aid-seed7"), RUNS, 7, DAYS);
        whatIfFewerRuns = ResultsFixture.write(yaml, tmp.resolve("sk-aid-100"), 100, 42, DAYS);
        whatIfOtherReplications = ResultsFixture.write(yaml, tmp.resolve("sk-aid-from-1000"), RUNS, 42, DAYS, 1000, m -> {});
    }

    record Result(int code, String out, String err) {}

    static Result brink(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = BrinkCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** compare.csv or medians.csv as maps keyed by column name. */
    static List<Map<String, String>> table(Path csv) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        String[] head = CsvReader.split(lines.get(0));
        List<Map<String, String>> rows = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] c = CsvReader.split(l);
            Map<String, String> m = new java.util.HashMap<>();
            for (int i = 0; i < head.length; i++) m.put(head[i], c[i]);
            rows.add(m);
        }
        return rows;
    }

    @Test
    void sameScenarioAndSeedShowNoDifferenceAnywhere() throws Exception {
        Path out = tmp.resolve("cmp-same");
        Result r = brink("compare", baseA.toString(), baseB.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        List<Map<String, String>> rungs = table(out.resolve("compare.csv"));
        assertThat(rungs).hasSize(12);
        for (Map<String, String> row : rungs) {
            assertThat(Double.parseDouble(row.get("difference"))).as(row.get("rung")).isEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("ci_low"))).as(row.get("rung")).isLessThanOrEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("ci_high"))).as(row.get("rung")).isGreaterThanOrEqualTo(0.0);
            assertThat(row.get("excludes_zero")).isEqualTo("false");
        }
        List<Map<String, String>> medians = table(out.resolve("medians.csv"));
        assertThat(medians).extracting(m -> m.get("outcome")).contains("russian_casualties_in_horizon", "nk_lost", "nk_defected",
                "kursk_control", "max_rung", "day_nk_combat_in_kursk");
        for (Map<String, String> row : medians) {
            assertThat(row.get("median_a")).as(row.get("outcome")).isEqualTo(row.get("median_b"));
            assertThat(Double.parseDouble(row.get("difference"))).as(row.get("outcome")).isEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("ci_low"))).isLessThanOrEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("ci_high"))).isGreaterThanOrEqualTo(0.0);
        }
        assertThat(r.out()).contains("sk_lethal_aid").contains(" 0.0 pp ");
        // paired: every run is the same run in both, so no run crossed a rung in one folder only
        for (Map<String, String> row : rungs) {
            assertThat(row.get("pairing")).isEqualTo("paired");
            assertThat(row.get("a_only")).as(row.get("rung")).isEqualTo("0");
            assertThat(row.get("b_only")).as(row.get("rung")).isEqualTo("0");
            assertThat(Double.parseDouble(row.get("paired_ci_low"))).as(row.get("rung")).isLessThanOrEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("paired_ci_high"))).as(row.get("rung")).isGreaterThanOrEqualTo(0.0);
        }
        for (Map<String, String> row : table(out.resolve("means.csv"))) {
            assertThat(row.get("pairing")).isEqualTo("paired");
            assertThat(Double.parseDouble(row.get("paired_difference"))).as(row.get("outcome")).isEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("paired_ci_low"))).as(row.get("outcome")).isEqualTo(0.0);
            assertThat(Double.parseDouble(row.get("paired_ci_high"))).as(row.get("outcome")).isEqualTo(0.0);
        }
    }

    /**
     * The same seed, runs and horizon pair replication r of the what-if with replication r of
     * the baseline (common random numbers): the paired intervals are reported beside the
     * unpaired ones and are narrower, since the pairs share every random number the event does
     * not touch. Tolerances: the total width of the rung intervals shrinks (rungs the event does
     * not move keep about the same interval), and the paired interval of the mean Russian
     * casualties is under half the unpaired one (about a seventh at 10,000 runs, docs/results.md).
     */
    @Test
    void foldersWithTheSameSeedRunsAndDaysArePairedAndTheirPairedIntervalsAreNarrower() throws Exception {
        Path out = tmp.resolve("cmp-paired");
        Result r = brink("compare", baseA.toString(), whatIf.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        assertThat(r.out()).contains("same seed 42, 150 runs and 90 days").contains("common random numbers")
                .contains("unpaired 95% interval").contains("paired 95% interval")
                // the outcomes say what they count: the horizon's casualties, not daily.csv's cumulative metric of the same name
                .containsPattern("Outcomes:\\R  russian_casualties_in_horizon +Russian killed and wounded during the horizon");
        double unpairedWidth = 0, pairedWidth = 0;
        for (Map<String, String> row : table(out.resolve("compare.csv"))) {
            assertThat(row.get("pairing")).isEqualTo("paired");
            long both = Long.parseLong(row.get("both"));
            assertThat(both + Long.parseLong(row.get("a_only"))).as(row.get("rung")).isEqualTo(Long.parseLong(row.get("crossed_a")));
            assertThat(both + Long.parseLong(row.get("b_only"))).as(row.get("rung")).isEqualTo(Long.parseLong(row.get("crossed_b")));
            double d = Double.parseDouble(row.get("difference"));
            assertThat(Double.parseDouble(row.get("paired_ci_low"))).as(row.get("rung")).isLessThanOrEqualTo(d);
            assertThat(Double.parseDouble(row.get("paired_ci_high"))).as(row.get("rung")).isGreaterThanOrEqualTo(d);
            unpairedWidth += Double.parseDouble(row.get("ci_high")) - Double.parseDouble(row.get("ci_low"));
            pairedWidth += Double.parseDouble(row.get("paired_ci_high")) - Double.parseDouble(row.get("paired_ci_low"));
        }
        assertThat(pairedWidth).isLessThan(unpairedWidth);
        Map<String, String> casualties = table(out.resolve("means.csv")).stream()
                .filter(m -> m.get("outcome").equals("russian_casualties_in_horizon")).findFirst().orElseThrow();
        assertThat(casualties.get("pairs")).isEqualTo(String.valueOf(RUNS));
        // every run has a value, so the mean of the differences is the difference of the means (up to rounding)
        assertThat(Double.parseDouble(casualties.get("paired_difference")))
                .isCloseTo(Double.parseDouble(casualties.get("difference")), org.assertj.core.api.Assertions.within(1e-6));
        double unpaired = Double.parseDouble(casualties.get("ci_high")) - Double.parseDouble(casualties.get("ci_low"));
        double paired = Double.parseDouble(casualties.get("paired_ci_high")) - Double.parseDouble(casualties.get("paired_ci_low"));
        assertThat(paired).isPositive().isLessThan(0.5 * unpaired);
        String html = Files.readString(out.resolve("compare.html"));
        assertThat(html).contains("95% interval, paired").contains("95% interval, unpaired").contains("common random numbers");
    }

    /** The day rung 4 was first crossed in each run of a folder (NaN where it never was), read straight from runs.csv. */
    static double[] nkCombatDays(Path folder) throws Exception {
        String column = brink.results.RunsTable.firstDay(brink.model.Rung.NK_COMBAT_IN_KURSK);
        return table(folder.resolve("runs.csv")).stream()
                .mapToDouble(r -> r.get(column).isEmpty() ? Double.NaN : Double.parseDouble(r.get(column))).toArray();
    }

    /** The lines of the console's means section from {@code from} up to the next line starting with {@code to}. */
    static String section(String out, String from, String to) {
        int i = out.indexOf(from);
        assertThat(i).as("'" + from + "' in the output").isNotNegative();
        int j = out.indexOf(to, i + from.length());
        return out.substring(i, j < 0 ? out.length() : j);
    }

    /**
     * The day NK troops entered combat exists only in runs that crossed rung 4, and the what-if
     * changes which runs those are: the unpaired difference compares each folder's own crossing
     * runs, the paired one the pairs in which both crossed. Checked against runs.csv itself (each
     * column is what its label says), and every output labels them as two quantities, shows how
     * many runs have a value, and says why their signs can differ.
     */
    @Test
    void aDayOnlySomeRunsHaveGetsItsTwoEstimandsLabelledApart() throws Exception {
        Path out = tmp.resolve("cmp-estimands-day");
        Result r = brink("compare", baseA.toString(), whatIf.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        double[] a = nkCombatDays(baseA), b = nkCombatDays(whatIf);
        long nA = java.util.Arrays.stream(a).filter(d -> !Double.isNaN(d)).count();
        long nB = java.util.Arrays.stream(b).filter(d -> !Double.isNaN(d)).count();
        double sumA = 0, sumB = 0, sumPairs = 0;
        long pairs = 0;
        for (int i = 0; i < RUNS; i++) {
            if (!Double.isNaN(a[i])) sumA += a[i];
            if (!Double.isNaN(b[i])) sumB += b[i];
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) { sumPairs += b[i] - a[i]; pairs++; }
        }
        assertThat(nA).as("the fixture needs runs without rung 4 for this test").isLessThan(RUNS);
        Map<String, String> day = table(out.resolve("means.csv")).stream()
                .filter(m -> m.get("outcome").equals("day_nk_combat_in_kursk")).findFirst().orElseThrow();
        var close = org.assertj.core.api.Assertions.within(1e-9);
        // unpaired: each folder's own runs with a value; paired: the pairs where both have one
        assertThat(Double.parseDouble(day.get("difference"))).isCloseTo(sumB / nB - sumA / nA, close);
        assertThat(Double.parseDouble(day.get("paired_difference"))).isCloseTo(sumPairs / pairs, close);
        assertThat(day).containsEntry("n_a", String.valueOf(nA)).containsEntry("n_b", String.valueOf(nB))
                .containsEntry("pairs", String.valueOf(pairs)).containsEntry("runs_a", String.valueOf(RUNS))
                .containsEntry("runs_b", String.valueOf(RUNS)).containsEntry("same_quantity", "false");

        String every = section(r.out(), "Outcomes every run has", "Outcomes only some runs have");
        assertThat(every).doesNotContain("day_nk_combat_in_kursk");
        String some = section(r.out(), "Outcomes only some runs have", "Outcomes:");
        assertThat(some).contains("not the same quantity")
                .contains("own runs: difference [95% Welch]").contains("pairs: mean difference [95% paired t]")
                .containsPattern("day_nk_combat_in_kursk .*\\(" + String.format(java.util.Locale.ROOT, "%,d", nA) + " of 150\\) .*\\("
                        + String.format(java.util.Locale.ROOT, "%,d", nB) + " of 150\\)")
                .contains("day_nk_combat_in_kursk, own runs: difference of means, each scenario's own runs that crossed rung 4 ("
                        + nA + " and " + nB + " of 150 runs)")
                .contains("day_nk_combat_in_kursk, pairs: mean within-pair difference, the " + pairs + " pairs where both runs crossed rung 4")
                .contains("They can differ, even in sign").contains("adds, removes or moves crossings of rung 4");
        boolean opposite = Math.signum(sumB / nB - sumA / nA) * Math.signum(sumPairs / pairs) < 0;
        assertThat(some.contains("(here they do)")).as("says the signs differ exactly when they do").isEqualTo(opposite);
        assertThat(section(r.out(), "Medians:", "Means:"))
                .contains("day_nk_combat_in_kursk: each median is over that scenario's own runs that crossed rung 4");

        String html = Files.readString(out.resolve("compare.html"));
        String someTable = html.substring(html.indexOf("<table id=\"means-some-runs-1\">"));
        someTable = someTable.substring(0, someTable.indexOf("</table>"));
        assertThat(someTable).contains("Difference of means, each scenario&#39;s own runs with a value")
                .contains("Mean within-pair difference, pairs where both runs have a value")
                .contains("(" + nA + " of 150 runs)").contains("(" + nB + " of 150 runs)").contains("(" + pairs + " pairs)")
                .contains("Day rung 4 was first crossed");
        String sameTable = html.substring(html.indexOf("<table id=\"means-1\">"));
        sameTable = sameTable.substring(0, sameTable.indexOf("</table>"));
        assertThat(sameTable).doesNotContain("Day rung 4 was first crossed");
        assertThat(html).contains("the two differences are not the same quantity").contains("They can differ, even in sign");
    }

    /** An outcome every run has keeps one quantity with two intervals: labelled so, in the same-quantity table. */
    @Test
    void anOutcomeEveryRunHasIsOneQuantityWithTwoIntervals() throws Exception {
        Path out = tmp.resolve("cmp-estimands-every");
        Result r = brink("compare", baseA.toString(), whatIf.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        Map<String, String> casualties = table(out.resolve("means.csv")).stream()
                .filter(m -> m.get("outcome").equals("russian_casualties_in_horizon")).findFirst().orElseThrow();
        assertThat(casualties).containsEntry("n_a", String.valueOf(RUNS)).containsEntry("runs_a", String.valueOf(RUNS))
                .containsEntry("n_b", String.valueOf(RUNS)).containsEntry("runs_b", String.valueOf(RUNS))
                .containsEntry("pairs", String.valueOf(RUNS)).containsEntry("same_quantity", "true");
        String every = section(r.out(), "Outcomes every run has", "Outcomes only some runs have");
        assertThat(every).startsWith("Outcomes every run has: both intervals are for the same difference of means")
                .contains("the paired one is narrower").containsPattern("(?m)^russian_casualties_in_horizon ");
        assertThat(section(r.out(), "Outcomes only some runs have", "Outcomes:")).doesNotContain("russian_casualties_in_horizon");
        assertThat(section(r.out(), "Medians:", "Means:")).doesNotContain("russian_casualties_in_horizon:");
        String html = Files.readString(out.resolve("compare.html"));
        String sameTable = html.substring(html.indexOf("<table id=\"means-1\">"));
        sameTable = sameTable.substring(0, sameTable.indexOf("</table>"));
        assertThat(sameTable).contains("Russian killed and wounded during the horizon").contains("95% interval, paired");
        assertThat(html).contains("the two intervals are for the same quantity");
    }

    /** Unpaired folders: a day only some runs have is still labelled by its runs, with no paired estimand to contrast. */
    @Test
    void unpairedFoldersLabelADayByItsOwnRunsOnly() throws Exception {
        Path out = tmp.resolve("cmp-estimands-unpaired");
        Result r = brink("compare", baseA.toString(), whatIfOtherSeed.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        String some = section(r.out(), "Outcomes only some runs have", "Outcomes:");
        assertThat(some).contains("each mean is over that scenario's own runs with a value")
                .contains("day_nk_combat_in_kursk, own runs: difference of means, each scenario's own runs that crossed rung 4")
                .doesNotContain("pairs where both").doesNotContain("They can differ");
        assertThat(section(r.out(), "Outcomes every run has", "Outcomes only some runs have")).doesNotContain("same difference");
        for (Map<String, String> row : table(out.resolve("means.csv"))) {
            assertThat(row.get("same_quantity")).as(row.get("outcome")).isEmpty();
            assertThat(row.get("runs_a")).isEqualTo(String.valueOf(RUNS));
        }
    }

    /** The header of each table is its schema type's (brink.results), which writer and readers share. */
    @Test
    void compareTablesHaveTheirSchemaColumns() throws Exception {
        Path out = tmp.resolve("cmp-schema");
        assertThat(brink("compare", baseA.toString(), whatIf.toString(), "--out", out.toString()).code()).isZero();
        assertThat(Files.readAllLines(out.resolve(brink.results.CompareTable.FILE)).get(0))
                .isEqualTo(String.join(",", brink.results.CompareTable.COLUMNS));
        assertThat(Files.readAllLines(out.resolve(brink.results.MediansTable.FILE)).get(0))
                .isEqualTo(String.join(",", brink.results.MediansTable.COLUMNS));
        assertThat(Files.readAllLines(out.resolve(brink.results.MeansTable.FILE)).get(0))
                .isEqualTo(String.join(",", brink.results.MeansTable.COLUMNS));
        for (String f : List.of("compare.csv", "medians.csv", "means.csv")) {
            List<String> lines = Files.readAllLines(out.resolve(f));
            int columns = CsvReader.split(lines.get(0)).length;
            for (String l : lines) assertThat(CsvReader.split(l)).as(f + ": " + l).hasSize(columns);
        }
    }

    @Test
    void foldersWithAnotherSeedOrOtherRunsGetOnlyUnpairedIntervalsAndSayWhy() throws Exception {
        Map<Path, String> cases = Map.of(whatIfOtherSeed, "the seeds differ (42 and 7)",
                whatIfFewerRuns, "the numbers of runs differ (150 and 100)",
                whatIfOtherReplications, whatIfOtherReplications.resolve("runs.csv") + " does not list replications 0, 1, 2, ... in order");
        for (var c : cases.entrySet()) {
            Path out = tmp.resolve("cmp-unpaired-" + c.getKey().getFileName());
            Result r = brink("compare", baseA.toString(), c.getKey().toString(), "--out", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(0);
            assertThat(r.out()).contains("only unpaired intervals apply: " + c.getValue());
            for (Map<String, String> row : table(out.resolve("compare.csv"))) {
                assertThat(row.get("pairing")).isEqualTo("unpaired");
                assertThat(row.get("paired_ci_low")).isEmpty();
                assertThat(row.get("ci_low")).isNotEmpty();
            }
            for (Map<String, String> row : table(out.resolve("means.csv"))) {
                assertThat(row.get("pairing")).isEqualTo("unpaired");
                assertThat(row.get("paired_ci_high")).isEmpty();
            }
            assertThat(Files.readString(out.resolve("compare.html"))).contains("only unpaired intervals apply: " + c.getValue());
        }
    }

    @Test
    void earlySouthKoreanAidRaisesRungFiveToNearlyCertainWithAnIntervalExcludingZero() throws Exception {
        Path out = tmp.resolve("cmp-sk");
        Result r = brink("compare", baseA.toString(), whatIf.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(0);
        Map<String, String> sk = table(out.resolve("compare.csv")).stream()
                .filter(m -> m.get("rung").equals("sk_lethal_aid")).findFirst().orElseThrow();
        assertThat(Double.parseDouble(sk.get("probability_b"))).isEqualTo(1.0);   // the event fires in every run
        // in 90 days the baseline rarely reaches rung 5, so the difference is close to +1
        assertThat(Double.parseDouble(sk.get("difference"))).isGreaterThan(0.8);
        assertThat(Double.parseDouble(sk.get("ci_low"))).isGreaterThan(0.0);
        assertThat(Double.parseDouble(sk.get("ci_high"))).isLessThanOrEqualTo(1.0);
        assertThat(sk.get("excludes_zero")).isEqualTo("true");
        assertThat(r.out()).containsPattern("5  sk_lethal_aid .*\\*");

        String html = Files.readString(out.resolve("compare.html"));
        for (String chart : List.of("escalation_level", "russian_casualties", "rung_crossing")) {
            Path png = out.resolve("charts").resolve(chart + ".png");
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img.getWidth()).isEqualTo(1000);
            assertThat(ChartImages.luminanceVariance(img)).as(chart).isGreaterThan(200);
            assertThat(out.resolve("charts").resolve(chart + ".svg")).exists();
            assertThat(html).contains("data:image/png;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
        }
        assertThat(html).contains("<td>sk_lethal_aid</td>").contains("tr class=\"flag\"");
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws Exception {
        Path incomplete = copy(baseA, tmp.resolve("incomplete"));
        Files.writeString(incomplete.resolve("INCOMPLETE"), "");
        Path noManifest = copy(baseA, tmp.resolve("no-manifest"));
        Files.delete(noManifest.resolve("manifest.json"));
        Path emptyDir = Files.createDirectories(tmp.resolve("empty-dir"));
        Path malformed = copy(baseA, tmp.resolve("malformed"));
        List<String> lines = new ArrayList<>(Files.readAllLines(malformed.resolve("runs.csv")));
        lines.set(3, lines.get(3).replaceFirst(",[0-9.]+,", ",twelve,"));
        Files.write(malformed.resolve("runs.csv"), lines);

        Map<String, List<String>> cases = Map.of(
                "missing folder", List.of(baseA.toString(), tmp.resolve("nope").toString()),
                "no manifest", List.of(baseA.toString(), noManifest.toString()),
                "not a results folder", List.of(emptyDir.toString(), baseA.toString()),
                "incomplete", List.of(incomplete.toString(), baseA.toString()),
                "different horizons", List.of(baseA.toString(), shortHorizon.toString()),
                "malformed runs.csv", List.of(baseA.toString(), malformed.toString()));
        for (var c : cases.entrySet()) {
            Path out = tmp.resolve("bad-" + c.getKey().replace(' ', '-'));
            List<String> args = new ArrayList<>(List.of("compare"));
            args.addAll(c.getValue());
            args.addAll(List.of("--out", out.toString()));
            Result r = brink(args.toArray(new String[0]));
            assertThat(r.code()).as(c.getKey() + ": " + r.err()).isEqualTo(2);
            assertThat(r.err()).as(c.getKey()).startsWith("brink: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(r.err().strip().lines().count()).as(c.getKey() + " gives one message").isEqualTo(1);
            assertThat(out).as(c.getKey() + " writes nothing").doesNotExist();
        }
        // the inputs are untouched: nothing was written into any of them either
        try (Stream<Path> s = Files.list(baseA)) {
            assertThat(s.map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrder("manifest.json", "runs.csv", "daily.csv", "rungs.csv", "brink.lock");
        }
    }

    @Test
    void refusesANonEmptyOutputFolderUnlessForced() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("cmp-existing"));
        Files.writeString(out.resolve("keep.txt"), "mine");
        Result r = brink("compare", baseA.toString(), baseB.toString(), "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--force");
        assertThat(out.resolve("compare.csv")).doesNotExist();
        // --force replaces a Brink folder only, never someone's files
        Result foreign = brink("compare", baseA.toString(), baseB.toString(), "--out", out.toString(), "--force");
        assertThat(foreign.code()).isEqualTo(2);
        assertThat(foreign.err()).contains("not a Brink folder");
        assertThat(out.resolve("keep.txt")).hasContent("mine");
        Path earlier = tmp.resolve("cmp-earlier");
        assertThat(brink("compare", baseA.toString(), baseB.toString(), "--out", earlier.toString()).code()).isZero();
        assertThat(brink("compare", baseA.toString(), baseB.toString(), "--out", earlier.toString()).code()).isEqualTo(2);
        Result forced = brink("compare", baseA.toString(), baseB.toString(), "--out", earlier.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isEqualTo(0);
        assertThat(earlier.resolve("compare.csv")).exists();
        assertThat(earlier.resolve("INCOMPLETE")).doesNotExist();
    }

    @Test
    void sameInputsGiveByteIdenticalTables() throws Exception {
        Path o1 = tmp.resolve("det-1"), o2 = tmp.resolve("det-2");
        assertThat(brink("compare", baseA.toString(), whatIf.toString(), "--out", o1.toString()).code()).isZero();
        assertThat(brink("compare", baseA.toString(), whatIf.toString(), "--out", o2.toString()).code()).isZero();
        for (String f : List.of("compare.csv", "medians.csv", "means.csv")) {
            assertThat(Files.readAllBytes(o2.resolve(f))).as(f).isEqualTo(Files.readAllBytes(o1.resolve(f)));
        }
    }

    @Test
    void scriptInATitleOrNameComesOutEscapedInTheComparePage() throws Exception {
        Path yaml = ResultsFixture.whatIf(tmp, "evil", "Evil <script>alert(1)</script>", "");
        Path evil = ResultsFixture.write(yaml, tmp.resolve("evil"), 20, 7, DAYS,
                m -> m.put("command", "./brink run <script>alert(2)</script>"));
        Path out = tmp.resolve("cmp-evil");
        Result r = brink("compare", baseA.toString(), evil.toString(), "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        String html = Files.readString(out.resolve("compare.html"));
        assertThat(html).doesNotContain("<script").contains("Evil &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&lt;script&gt;alert(2)&lt;/script&gt;");
        // a name Brink never writes (it names folders) marks the manifest as foreign: refused, nothing written
        Path renamed = ResultsFixture.write(yaml, tmp.resolve("evil-name"), 20, 7, DAYS,
                m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("scenario")).put("name", "<script>alert(3)</script>"));
        Result refused = brink("compare", baseA.toString(), renamed.toString(), "--out", tmp.resolve("cmp-evil-name").toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("scenario.name").contains("lower-case letters");
        assertThat(tmp.resolve("cmp-evil-name")).doesNotExist();
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.collect(Collectors.toList())) Files.copy(p, to.resolve(p.getFileName()));
        }
        return to;
    }
}
