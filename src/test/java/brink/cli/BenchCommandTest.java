package brink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** brink bench end to end on a tiny size: the figures are there (their values are never asserted: speed is not a test). */
class BenchCommandTest {
    @Test
    void writesEveryFigureToBenchJson(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bench.json");
        CliRunner.Result r = CliRunner.run("bench", "--runs", "100", "--threads", "2", "--heap-runs", "64,128", "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        for (String key : new String[]{"rep_years_per_s_1_thread", "rep_years_per_s_all_threads", "parallel_efficiency",
                "us_per_replication_schedule", "us_per_replication_direct", "schedule_overhead_percent", "peak_heap_growth_percent",
                "replications_only_rep_years_per_s_1_thread", "replications_only_rep_years_per_s_all_threads",
                "replications_only_parallel_efficiency", "replications_only_seconds_per_million_rep_years"}) {
            assertThat(j.get(key).isNumber()).as(key).isTrue();
        }
        // every repeat is kept, and the headline figure is the best of them
        for (String key : new String[]{"rep_years_per_s_1_thread", "rep_years_per_s_all_threads",
                "replications_only_rep_years_per_s_1_thread", "replications_only_rep_years_per_s_all_threads"}) {
            JsonNode repeats = j.get("repeats").get(key);
            assertThat(repeats).as(key).hasSize(5);
            double max = 0;
            for (JsonNode x : repeats) max = Math.max(max, x.asDouble());
            assertThat(j.get(key).asDouble()).as(key).isEqualTo(max);
        }
        assertThat(r.out()).contains("(median of 5: ");
        assertThat(j.get("heap")).hasSize(2);
        assertThat(j.get("heap").get(1).get("runs").asInt()).isEqualTo(128);
        assertThat(r.out()).contains("replication-years/s, 1 thread").contains("full run").contains("replications only")
                .contains("live heap after GC");
    }

    /** --literal times one real full run of the given size (here tiny): the figures are there, for that many replication-years. */
    @Test
    void literalTimesOneRealRunOfTheGivenSize(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("bench.json");
        CliRunner.Result r = CliRunner.run("bench", "--runs", "100", "--threads", "2", "--heap-runs", "64,128", "--literal", "300",
                "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(out.toFile());
        assertThat(j.get("literal_replications").asLong()).as("365-day runs for 300 replication-years").isEqualTo(300);
        assertThat(j.get("literal_rep_years").asDouble()).isEqualTo(300.0);
        assertThat(j.get("literal_seconds").isNumber()).isTrue();
        assertThat(j.get("literal_seconds_per_million_rep_years").isNumber()).isTrue();
        assertThat(r.out()).contains("one real full run of 300 replication-years, 2 threads, timed once");
        CliRunner.Result plain = CliRunner.run("bench", "--runs", "100", "--threads", "1", "--heap-runs", "64,128", "--out", out.toString());
        assertThat(new ObjectMapper().readTree(out.toFile()).has("literal_seconds")).as("only when asked").isFalse();
        assertThat(plain.out()).doesNotContain("timed once");
    }

    @Test
    void badOptionsExitTwo(@TempDir Path tmp) {
        assertThat(CliRunner.run("bench", "--literal", "-5", "--out", tmp.resolve("b.json").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("bench", "--runs", "5", "--out", tmp.resolve("b.json").toString()).exitCode()).isEqualTo(2);
        assertThat(CliRunner.run("bench", "--threads", "0", "--out", tmp.resolve("b.json").toString()).exitCode()).isEqualTo(2);
        assertThat(tmp.resolve("b.json")).doesNotExist();
    }
}
