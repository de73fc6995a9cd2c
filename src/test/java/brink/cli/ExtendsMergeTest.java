package brink.cli;

import brink.model.EventType;
import brink.model.ParameterKey;
import brink.scenario.EventSpec;
import brink.scenario.ParameterDistribution;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.scenario.TriggerSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code extends}: a child overrides only what it names; events append; a bare override is "set in" its file. */
class ExtendsMergeTest {
    @TempDir
    Path dir;

    @Test
    void childOverridesOneParameterAndInheritsTheRest() throws Exception {
        CliRunner.copyBaseline(dir);
        Files.writeString(dir.resolve("child.yaml"), """
                extends: baseline.yaml
                title: "Child"
                actors:
                  russia:
                    resolve: 0.6
                    red_line:
                      nuclear_use: {value: 4.0, assumption: "a test override"}
                events:
                  - {day: 10, type: sk_lethal_aid}
                triggers:
                  us_lifts_if_nk_in_combat:
                    probability: 0
                """);
        Files.writeString(dir.resolve("grandchild.yaml"), """
                extends: child.yaml
                events:
                  - {day: 20, type: nk_second_contingent, amount: 15000, source: 001_0b49f4ea1f0e7d99.txt, quote: "whether additional forces will be sent"}
                """);
        ScenarioLoader loader = new ScenarioLoader();
        Scenario base = loader.load(dir.resolve("baseline.yaml"));
        Scenario child = loader.load(dir.resolve("child.yaml"));
        Scenario grand = loader.load(dir.resolve("grandchild.yaml"));

        // the override
        assertThat(child.parameter(key("actors.russia.resolve")).distribution()).isEqualTo(new ParameterDistribution.Fixed(0.6));
        assertThat(child.parameter(key("actors.russia.resolve")).provenance().describe()).startsWith("set in ").endsWith("child.yaml");
        assertThat(child.parameter(key("actors.russia.red_line.nuclear_use")).provenance().describe()).isEqualTo("assumption: a test override");
        // everything else inherited with its source, siblings of the override included
        assertThat(child.parameters().keySet()).containsExactlyElementsOf(base.parameters().keySet());
        for (ParameterKey path : base.parameters().keySet()) {
            if (path.equals(key("actors.russia.resolve")) || path.equals(key("actors.russia.red_line.nuclear_use"))
                    || path.equals(key("triggers.us_lifts_if_nk_in_combat.probability"))) continue;
            assertThat(child.parameter(path).distribution()).as(path.path()).isEqualTo(base.parameter(path).distribution());
            assertThat(child.parameter(path).provenance()).as(path.path()).isEqualTo(base.parameter(path).provenance());
        }
        // a trigger override changes only its probability: the rule and its delay stay
        TriggerSpec t = child.triggers().stream().filter(x -> x.id().equals("us_lifts_if_nk_in_combat")).findFirst().orElseThrow();
        assertThat(t.action()).isEqualTo(EventType.US_LIFTS_STRIKE_RESTRICTIONS);
        assertThat(child.parameter(key("triggers.us_lifts_if_nk_in_combat.probability")).distribution().mean()).isZero();
        assertThat(child.parameter(key("triggers.us_lifts_if_nk_in_combat.within_days")).distribution())
                .isEqualTo(base.parameter(key("triggers.us_lifts_if_nk_in_combat.within_days")).distribution());
        assertThat(child.triggers()).hasSameSizeAs(base.triggers());
        // events append along the chain, sorted by day
        assertThat(child.events()).extracting(EventSpec::type).containsExactly(EventType.SK_LETHAL_AID);
        assertThat(grand.events()).extracting(EventSpec::day).containsExactly(10, 20);
        assertThat(grand.events().get(1).amount()).isEqualTo(15000);
        assertThat(grand.events().get(1).provenance().isSource()).isTrue();
        // name and title belong to the file itself; the chain is recorded base first
        assertThat(child.title()).isEqualTo("Child");
        assertThat(grand.name()).isEqualTo("grandchild");
        assertThat(grand.chain()).extracting(p -> p.getFileName().toString())
                .containsExactly("baseline.yaml", "child.yaml", "grandchild.yaml");
    }

    @Test
    void paramsShowsWhereAnOverrideWasSet() throws Exception {
        CliRunner.copyBaseline(dir);
        Files.writeString(dir.resolve("child.yaml"), "extends: baseline.yaml\nactors:\n  russia:\n    resolve: 0.6\n");
        CliRunner.Result r = CliRunner.run("params", "--format", "csv", dir.resolve("child.yaml").toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String line = r.out().lines().filter(l -> l.startsWith("parameter,actors.russia.resolve,")).findFirst().orElseThrow();
        assertThat(line).contains("child.yaml").doesNotContain("Moscow has made it clear");
    }

    private static ParameterKey key(String path) { return ParameterKey.parse(path).orElseThrow(); }
}
