package brink.report;

import brink.chart.ChartFiles;
import brink.results.RunManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunReportTest {
    private static final String[] CHARTS = {"escalation_level", "casualties", "manpower", "nk_troops", "rung_crossing",
            "max_rung", "outcome_russian_casualties_in_horizon", "outcome_nk_lost", "outcome_nk_defected", "outcome_kursk_control"};

    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void runReport() throws Exception {
        dir = ResultsFixture.write(ResultsFixture.BASELINE, tmp.resolve("baseline"), 150, 42, 90);
        RunReport.regenerate(dir, "test");
    }

    @Test
    void everyChartIsWrittenAsAReadableNonBlankPngOfTheExpectedSize() throws Exception {
        for (String name : CHARTS) {
            Path png = dir.resolve("charts").resolve(name + ".png");
            assertThat(png).as(name).exists();
            BufferedImage img = ImageIO.read(png.toFile());
            assertThat(img).as(name + " decodes").isNotNull();
            assertThat(img.getWidth()).isEqualTo(ChartFiles.WIDTH);
            assertThat(img.getHeight()).isEqualTo(ChartFiles.HEIGHT);
            // a blank or single-colour image has variance ~0; a chart with text, lines and bands is far above
            assertThat(ChartImages.luminanceVariance(img)).as(name + " pixel variance").isGreaterThan(200);
        }
    }

    @Test
    void everySvgParsesAsXmlWithAnSvgRoot() throws Exception {
        for (String name : CHARTS) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // the SVG names the W3C DTD; parse offline without fetching it
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            Document doc = factory.newDocumentBuilder().parse(dir.resolve("charts").resolve(name + ".svg").toFile());
            assertThat(doc.getDocumentElement().getNodeName()).as(name).isEqualTo("svg");
        }
    }

    @Test
    void noPartFilesAreLeftBehind() throws Exception {
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.map(Path::toString).filter(s -> s.endsWith(".part")).collect(Collectors.toList())).isEmpty();
        }
    }

    @Test
    void reportEmbedsEveryChartAndHasTheRungTableAndSeed() throws Exception {
        String html = Files.readString(dir.resolve("report.html"));
        for (String name : CHARTS) {
            String b64 = Base64.getEncoder().encodeToString(Files.readAllBytes(dir.resolve("charts").resolve(name + ".png")));
            assertThat(html).as(name + " embedded").contains("src=\"data:image/png;base64," + b64 + "\"");
        }
        assertThat(html).contains("<table id=\"rungs\">");
        for (String rung : List.of("nk_combat_in_kursk", "sk_lethal_aid", "nuclear_use")) assertThat(html).contains("<td>" + rung + "</td>");
        assertThat(html).contains("<tr><th>Seed</th><td>42</td></tr>");
        assertThat(html).contains("./brink run");
        assertThat(html).contains("003_80b3058face6d8d5.txt");  // a parameter source
        assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http");  // self-contained
    }

    @Test
    void scriptInATitleOrNameComesOutEscapedInThePageAndTheSvgStillParses() throws Exception {
        Path yaml = ResultsFixture.whatIf(tmp, "evil", "Evil <script>alert(1)</script> & co", "");
        Path evil = ResultsFixture.write(yaml, tmp.resolve("evil"), 20, 7, 30,
                m -> {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("scenario")).put("description", "<script>alert(1)</script>");
                    m.put("command", "./brink run <script>alert(1)</script>");
                });
        RunReport.regenerate(evil, "test");
        String html = Files.readString(evil.resolve("report.html"));
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<script");
        assertThat(html).contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
        assertThat(html).contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").contains("./brink run &lt;script&gt;");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(evil.resolve("charts/escalation_level.svg").toFile());
        assertThat(doc.getDocumentElement().getTextContent()).contains("Evil <script>alert(1)</script> & co");
    }

    @Test
    void htmlEscapeCoversTheFiveSpecialCharacters() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
        assertThat(Html.escape(null)).isEmpty();
    }

    // ------------------------------------------------------------ what the scenario changes

    /** The page's "What this scenario changes" section, up to the next h2. */
    private static String changes(String html) {
        int from = html.indexOf("<h2>What this scenario changes</h2>");
        assertThat(from).as("the section is on the page").isGreaterThanOrEqualTo(0);
        return html.substring(from, html.indexOf("<h2>", from + 5));
    }

    /** The cells of one table of the page, row by row (header excluded). */
    private static List<List<String>> rows(String html, String id) {
        Matcher t = Pattern.compile("<table id=\"" + id + "\">\n(.*?)</table>", Pattern.DOTALL).matcher(html);
        assertThat(t.find()).as("table " + id).isTrue();
        List<List<String>> rows = new ArrayList<>();
        for (String tr : t.group(1).split("\n")) {
            if (!tr.startsWith("<tr") || tr.contains("<th>")) continue;
            Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>").matcher(tr);
            List<String> cells = new ArrayList<>();
            while (td.find()) cells.add(td.group(1));
            rows.add(cells);
        }
        return rows;
    }

    @Test
    void theBaselineSaysItHasNoOverridesAndNoScheduledEvents() throws Exception {
        String section = changes(Files.readString(dir.resolve("report.html")));
        assertThat(section).contains("No overrides:", "extends no other file", "No scheduled events")
                .doesNotContain("<table");
    }

    @Test
    void aWhatIfListsEachScheduledEventByDayWithItsDateAmountNoteAndSource() throws Exception {
        // one event by date (day 60 from 2024-10-28), one by day, in the reverse order of their days
        Path yaml = ResultsFixture.whatIf(tmp, "events", "Two events", """
                events:
                  - date: 2024-12-27
                    type: nk_second_contingent
                    amount: 15000
                    note: "a second contingent"
                    assumption: "a test event"
                  - day: 30
                    type: sk_lethal_aid
                    note: "Seoul sends weapons"
                    source: 000_fab1658a440f374f.txt
                    quote: "there is rising speculation about Seoul potentially providing Ukraine with lethal aid"
                """);
        Path run = ResultsFixture.write(yaml, tmp.resolve("events"), 20, 3, 90);
        RunReport.regenerate(run, "test");
        String section = changes(Files.readString(run.resolve("report.html")));

        assertThat(section).contains("No overrides: every parameter is as in");
        assertThat(rows(section, "events")).containsExactly(
                List.of("30", "2024-11-27", "sk_lethal_aid: South Korea sends lethal aid to Ukraine", "–", "Seoul sends weapons",
                        "000_fab1658a440f374f.txt: “there is rising speculation about Seoul potentially providing Ukraine with lethal aid”"),
                List.of("60", "2024-12-27", "nk_second_contingent: North Korea sends a further contingent of troops (amount)",
                        "15,000", "a second contingent", "Assumption: a test event"));
    }

    @Test
    void aWhatIfListsExactlyTheParametersItSetsWithTheirValueAndSource() throws Exception {
        Path run = ResultsFixture.write(Path.of("scenarios/what-if-us-keeps-restrictions.yaml").toAbsolutePath(),
                tmp.resolve("restrictions"), 20, 5, 60);
        RunReport.regenerate(run, "test");
        String section = changes(Files.readString(run.resolve("report.html")));

        // the three values scenarios/what-if-us-keeps-restrictions.yaml sets, in catalog order
        List<List<String>> rows = rows(section, "overrides");
        assertThat(rows).extracting(r -> r.get(0)).containsExactly("actors.nato.red_line.strike_restrictions_lifted",
                "triggers.us_lifts_if_nk_in_combat.probability", "triggers.us_lifts_if_nk_in_ukraine.probability");
        assertThat(rows.get(0)).containsExactly("actors.nato.red_line.strike_restrictions_lifted", "9.5", "drive",
                "Assumption: out of reach on purpose: the question is what happens if Washington never lifts the restrictions");
        assertThat(rows.get(1).get(3)).startsWith("001_0b49f4ea1f0e7d99.txt: “Instead of relaxing constraints");
        assertThat(section).contains("3 of the 131 parameters are set in scenarios/what-if-us-keeps-restrictions.yaml over",
                "No scheduled events");
    }

    @Test
    void aFolderWhoseManifestDoesNotSayWhereEachParameterWasSetSaysSoRatherThanGuess() throws Exception {
        Path run = ResultsFixture.write(Path.of("scenarios/what-if-us-keeps-restrictions.yaml").toAbsolutePath(),
                tmp.resolve("old"), 20, 5, 30, m -> m.withArray("parameters").forEach(p -> {
                    com.fasterxml.jackson.databind.node.ObjectNode prov = (com.fasterxml.jackson.databind.node.ObjectNode) p.get("provenance");
                    if (!prov.path("source").isNull() || !prov.path("assumption").isNull()) prov.putNull("set_in");
                }));
        RunReport.regenerate(run, "test");
        String section = changes(Files.readString(run.resolve("report.html")));
        assertThat(section).contains("Not recorded:").doesNotContain("No overrides").doesNotContain("id=\"overrides\"");
    }

    @Test
    void aRecordedPathMatchesTheSameFileAbsoluteOrRelativeButNotAnother() {
        assertThat(ScenarioChanges.sameFile("scenarios/baseline.yaml", "scenarios/./baseline.yaml")).isTrue();
        assertThat(ScenarioChanges.sameFile("scenarios/baseline.yaml", "/home/x/brink/scenarios/baseline.yaml")).isTrue();
        assertThat(ScenarioChanges.sameFile("/home/x/brink/scenarios/baseline.yaml", "scenarios/baseline.yaml")).isTrue();
        assertThat(ScenarioChanges.sameFile("scenarios/what-if.yaml", "/home/x/brink/scenarios/baseline.yaml")).isFalse();
        assertThat(ScenarioChanges.sameFile("other/baseline.yaml", "scenarios/baseline.yaml")).isFalse();
        assertThat(ScenarioChanges.sameFile("a\0b", "scenarios/baseline.yaml")).isFalse();
    }

    // ------------------------------------------------------------ times

    @Test
    void aPageDrawnAgainGivesTheManifestsFinishAndWallTime() throws Exception {
        RunManifest m = RunManifest.read(dir);
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<tr><th>Finished</th><td>" + m.finished() + "</td></tr>")
                .contains("<tr><th>Wall time</th><td>" + ReadableNumbers.duration(m.wallSeconds()) + " (the whole run")
                .doesNotContain("Data files written");
    }

    @Test
    void aPageDrawnDuringTheRunGivesTheTimeToTheDataFilesAndNoFinishOfItsOwn() throws Exception {
        RunManifest m = RunManifest.read(dir);
        List<String[]> times = RunReport.times(m, RunReport.Drawn.DURING_RUN);
        assertThat(times).extracting(kv -> kv[0]).containsExactly("Data files written", "Finished");
        assertThat(times.get(0)[1]).isEqualTo(m.finished() + " (" + ReadableNumbers.duration(m.wallSeconds()) + " after the start)");
        // the run's finish is not known yet: no time at all rather than one manifest.json will contradict
        assertThat(times.get(1)[1]).doesNotContain(m.finished()).doesNotMatch(".*\\d\\.\\d s.*").contains("manifest.json");
    }
}
