package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Provenance is checkable: every quote in every scenario file (parameters, triggers, events, at any
 * depth) occurs verbatim in the article it names under docs/sources/, and every parameter and
 * trigger of the baseline says where it comes from.
 */
class ProvenanceQuotesTest {
    private static final Path SOURCES = Path.of("docs/sources");
    private static final Path SCENARIOS = Path.of("scenarios");

    /** A source/quote pair found in a scenario file, with where it was found. */
    private record Citation(Path file, String path, String source, String quote) {}

    private static List<Path> scenarioFiles() throws IOException {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    private static void collect(Path file, String path, JsonNode n, List<Citation> out) {
        if (n.isObject()) {
            if (n.has("source") || n.has("quote")) {
                out.add(new Citation(file, path, n.path("source").asText(null), n.path("quote").asText(null)));
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                collect(file, path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue(), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) collect(file, path + "[" + i + "]", n.get(i), out);
        }
    }

    private static List<Citation> citations() throws IOException {
        List<Citation> out = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        for (Path f : scenarioFiles()) collect(f, "", yaml.readTree(f.toFile()), out);
        return out;
    }

    @Test
    void everyQuoteOccursVerbatimInTheArticleItNames() throws IOException {
        List<Citation> all = citations();
        assertThat(all).as("the baseline alone cites the articles dozens of times").hasSizeGreaterThan(40);
        List<String> problems = new ArrayList<>();
        for (Citation c : all) {
            String where = c.file() + ": " + c.path();
            if (c.source() == null || c.quote() == null) {
                problems.add(where + ": a source needs a quote and a quote a source");
                continue;
            }
            Path article = SOURCES.resolve(c.source()).normalize();
            if (!article.startsWith(SOURCES) || !Files.isRegularFile(article)) {
                problems.add(where + ": no article docs/sources/" + c.source());
                continue;
            }
            if (!Files.readString(article).contains(c.quote())) {
                problems.add(where + ": quote not found verbatim in " + c.source() + ": \"" + c.quote() + "\"");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyArticleInTheProjectIsCited() throws IOException {
        List<String> cited = citations().stream().map(Citation::source).distinct().toList();
        try (Stream<Path> s = Files.list(SOURCES)) {
            List<String> articles = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).toList();
            assertThat(articles).hasSize(5);
            assertThat(cited).containsAll(articles);
        }
    }

    @Test
    void everyBaselineParameterAndTriggerHasProvenance() throws ScenarioException {
        Scenario baseline = new ScenarioLoader().load(SCENARIOS.resolve("baseline.yaml"));
        assertThat(baseline.parameters()).isNotEmpty();
        assertThat(baseline.parameters()).hasSameSizeAs(baseline.catalog().all());
        for (ParameterSpec p : baseline.parameters().values()) {
            Provenance prov = p.provenance();
            assertThat(prov.isSource() || prov.isAssumption()).as(p.path() + " cites a source or states an assumption").isTrue();
            if (prov.isAssumption()) assertThat(prov.assumption()).as(p.path()).isNotBlank();
            if (prov.isSource()) assertThat(prov.quote()).as(p.path()).isNotBlank();
        }
        assertThat(baseline.triggers()).isNotEmpty();
        for (TriggerSpec t : baseline.triggers()) {
            assertThat(t.provenance().isSource() || t.provenance().isAssumption()).as("trigger " + t.id()).isTrue();
        }
    }
}
