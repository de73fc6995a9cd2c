package brink.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every scenario the project ships validates, and the what-ifs the issue asks for are there. */
class ShippedScenariosTest {

    @Test
    void everyShippedScenarioValidates() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).map(Path::toString).sorted().toList();
        }
        assertThat(files).contains("scenarios/baseline.yaml", "scenarios/what-if-sk-lethal-aid-early.yaml",
                "scenarios/what-if-second-nk-contingent.yaml", "scenarios/what-if-us-keeps-restrictions.yaml",
                "scenarios/what-if-china-presses.yaml", "scenarios/what-if-nk-enter-ukraine.yaml");

        CliRunner.Result r = CliRunner.run(Stream.concat(Stream.of("validate"), files.stream()).toArray(String[]::new));

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out().lines().filter(l -> l.startsWith("OK  "))).hasSize(files.size());
    }

    @Test
    void whatIfScenariosOverrideOnlyWhatTheyAskAbout() throws IOException {
        for (String f : List.of("what-if-sk-lethal-aid-early.yaml", "what-if-second-nk-contingent.yaml",
                "what-if-us-keeps-restrictions.yaml", "what-if-china-presses.yaml", "what-if-nk-enter-ukraine.yaml")) {
            String text = Files.readString(Path.of("scenarios", f));
            assertThat(text).as(f).contains("extends: baseline.yaml", "title:", "description:");
            assertThat(text).as(f).doesNotContain("front:", "decision:");
        }
    }
}
