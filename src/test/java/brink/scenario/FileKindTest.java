package brink.scenario;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileKindTest {

    @Test
    void everyShippedFileIsTakenForItsOwnKind() throws Exception {
        assertKind(yamlIn(Path.of("scenarios"), 1), FileKind.SCENARIO);
        assertKind(yamlIn(Path.of("scenarios/sweeps"), 2), FileKind.SWEEP);
        assertKind(yamlIn(Path.of("scenarios/calibration"), 1), FileKind.TARGETS);
    }

    @Test
    void onlyAFileWithNoneOfTheExpectedKindsOwnKeysIsRefused() throws Exception {
        YamlFile yaml = YamlFile.read(Path.of("scenarios/sweeps/morris-actors.yaml"));
        assertThatThrownBy(() -> FileKind.SCENARIO.require(yaml.tree(), "m.yaml"))
                .hasMessageStartingWith("m.yaml: a sweep file (it has ").hasMessageContaining("run it with 'brink sweep m.yaml'");
        FileKind.SWEEP.require(yaml.tree(), "m.yaml"); // its own kind
        // a scenario with a stray sweep key, and a file of shared keys only, are left to the loader
        FileKind.SCENARIO.require(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"extends\": \"b.yaml\", \"factors\": []}"), "s.yaml");
        FileKind.SWEEP.require(new com.fasterxml.jackson.databind.ObjectMapper().readTree("{\"name\": \"x\", \"scenario\": \"b.yaml\"}"), "s.yaml");
    }

    @Test
    void aPathWithASpaceIsQuotedInTheCommand() throws Exception {
        YamlFile yaml = YamlFile.read(Path.of("scenarios/baseline.yaml"));
        assertThatThrownBy(() -> FileKind.SWEEP.require(yaml.tree(), "my scenarios/b.yaml"))
                .hasMessageContaining("run it with 'brink run \"my scenarios/b.yaml\"'");
    }

    private static void assertKind(List<Path> files, FileKind kind) throws ScenarioException {
        assertThat(files).isNotEmpty();
        for (Path f : files) assertThat(FileKind.of(YamlFile.read(f).tree())).as(f.toString()).contains(kind);
    }

    private static List<Path> yamlIn(Path folder, int depth) throws IOException {
        try (Stream<Path> s = Files.walk(folder, depth)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
