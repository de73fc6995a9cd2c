package brink.cli;

import brink.scenario.sweep.Outcome;
import brink.results.ResultsFolder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import brink.model.Metric;
import brink.model.Rung;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class RunCommandTest {
    private static final String BASELINE = "scenarios/baseline.yaml";

    record Outcome(int code, String out, String err) {}

    static Outcome brink(String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        var cl = BrinkCli.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Outcome run(Path dir, int threads, long seed, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("run", BASELINE, "--runs", "200", "--days", "60",
                "--seed", String.valueOf(seed), "--threads", String.valueOf(threads), "--out", dir.toString(), "--quiet"));
        args.addAll(List.of(extra));
        return brink(args.toArray(String[]::new));
    }

    @Test
    void outputsAreByteIdenticalForOneAndTwoThreadsAndDifferAcrossSeeds(@TempDir Path tmp) throws Exception {
        Outcome one = run(tmp.resolve("t1"), 1, 17);
        Outcome two = run(tmp.resolve("t2"), 2, 17);
        Outcome three = run(tmp.resolve("t3"), 3, 17); // blocks fall to workers differently again
        Outcome other = run(tmp.resolve("s18"), 2, 18);
        assertThat(one.code()).as(one.err()).isZero();
        assertThat(two.code()).as(two.err()).isZero();
        assertThat(three.code()).as(three.err()).isZero();
        assertThat(other.code()).as(other.err()).isZero();
        for (String f : new String[]{"runs.csv", "daily.csv", "rungs.csv", "events.log"}) {
            assertThat(Files.readAllBytes(tmp.resolve("t2").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("t1").resolve(f)));
            assertThat(Files.readAllBytes(tmp.resolve("t3").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("t1").resolve(f)));
        }
        for (String f : new String[]{"runs.csv", "daily.csv"}) {
            assertThat(Files.readString(tmp.resolve("s18").resolve(f))).as(f)
                    .isNotEqualTo(Files.readString(tmp.resolve("t1").resolve(f)));
        }
        assertThat(Files.readAllLines(tmp.resolve("t1").resolve("runs.csv"))).hasSize(201);
        assertThat(one.out()).contains("200 runs").contains("nk_combat_in_kursk").contains(tmp.resolve("t1").toString());
        // every probability with its count and interval; a rung no run reached says "below" its upper bound
        assertThat(one.out()).containsPattern("nk_troops_in_russia +200/200 +above [0-9.]+% \\(95% lower bound\\)");
        assertThat(one.out()).containsPattern("nuclear_use +0/200 +below [0-9.]+% \\(95% upper bound\\)|nuclear_use +[0-9]+/200 +[0-9.]+% \\[");
    }

    @Test
    void theExtendsChainIsShownRelativeToWhereTheCommandRan(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("chain");
        String whatIf = "scenarios/what-if-sk-lethal-aid-early.yaml";
        assertThat(brink("run", whatIf, "--runs", "3", "--days", "5", "--out", dir.toString(), "--quiet").code()).isZero();
        JsonNode chain = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile()).get("scenario").get("chain");
        assertThat(chain).extracting(JsonNode::asText).containsExactly(BASELINE, whatIf);
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains(BASELINE + " → " + whatIf)
                .doesNotContain(Path.of("").toAbsolutePath().toString());
    }

    @Test
    void manifestParsesAndSaysHowToReproduceTheRun(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("m");
        assertThat(brink("run", BASELINE, "--runs", "5", "--days", "10", "--seed", "42", "--out", dir.toString(), "--quiet").code()).isZero();
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        assertThat(m.get("status").asText()).isEqualTo("complete");
        assertThat(m.get("seed").asLong()).isEqualTo(42);
        assertThat(m.get("runs").asInt()).isEqualTo(5);
        assertThat(m.get("scenario").get("name").asText()).isEqualTo("baseline");
        assertThat(m.get("scenario").get("horizon_days").asInt()).isEqualTo(10);
        assertThat(m.get("scenario").get("resolved").isObject()).isTrue();
        // every path absolute, so the command works from any folder (RunCommandTest.theReproduceCommandWorksFromAnotherFolder)
        Path home = Path.of("").toAbsolutePath();
        assertThat(m.get("command").asText()).isEqualTo(home.resolve("brink") + " run " + home.resolve(BASELINE)
                + " --runs 5 --seed 42 --days 10 --out " + dir.toAbsolutePath());
        JsonNode p = m.get("parameters").get(0);
        assertThat(p.get("path").asText()).isNotEmpty();
        assertThat(p.get("distribution").get("dist").asText()).isNotEmpty();
        assertThat(p.get("provenance").has("source")).isTrue();
        String header = Files.readAllLines(dir.resolve("runs.csv")).get(0);
        assertThat(header).startsWith("replication," + p.get("path").asText() + ",");
        // replication, the parameters, max_rung, a first day per rung, first_day_ceasefire, war_end_day, a final value per metric
        assertThat(m.get("parameters").size()).isEqualTo(header.split(",").length - 1 - 1 - Rung.COUNT - 2 - Metric.COUNT);
    }

    @Test
    void refusesAnExistingNonEmptyFolderWithoutForceAndReplacesItWithForce(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("r");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("manifest.json"), "{\"mine\": true}");
        Outcome refused = run(dir, 1, 1);
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains(dir.toString()).contains("--force").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("manifest.json"));
        }
        assertThat(Files.readString(dir.resolve("manifest.json"))).isEqualTo("{\"mine\": true}");

        Outcome forced = run(dir, 1, 1, "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(dir.resolve("manifest.json"))).contains("\"seed\"");
        assertThat(dir.resolve("runs.csv")).exists();
        assertThat(dir.resolve(ResultsFolder.MARKER)).doesNotExist();
    }

    @Test
    void forceNeverDeletesAFolderThatIsNotAResultsFolder(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("thesis.tex"), "precious");
        Outcome o = run(tmp, 1, 1, "--force");
        assertThat(o.code()).isEqualTo(2);
        assertThat(Files.readString(tmp.resolve("thesis.tex"))).isEqualTo("precious");
    }

    @Test
    void badOptionsExitTwoAndWriteNothing(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("bad");
        String[][] cases = {
                {"run", BASELINE, "--runs", "0", "--out", dir.toString()},
                {"run", BASELINE, "--threads", "0", "--out", dir.toString()},
                {"run", BASELINE, "--days", "0", "--out", dir.toString()},
                {"run", BASELINE, "--days", "3651", "--out", dir.toString()},
                {"run", BASELINE, "--runs", "many", "--out", dir.toString()},
                {"run", "scenarios/no-such-file.yaml", "--out", dir.toString()},
        };
        for (String[] args : cases) {
            Outcome o = brink(args);
            assertThat(o.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(o.err()).startsWith("brink: ").doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(dir).doesNotExist();
        }
        assertThat(brink("run", BASELINE, "--days", "0", "--out", dir.toString()).err()).contains("--days").contains("3650");
    }
}
