package brink.report;

import brink.chart.ChartFiles;
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
import java.util.List;
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
}
