package brink.cli;

import brink.experiment.Story;
import brink.model.Metric;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opt-in Parquet tables, read back with an independent reader (DuckDB): series.parquet holds
 * exactly the recorded runs' daily values, runs.parquet exactly runs.csv's rows.
 */
class ParquetTablesTest {
    private static final int RUNS = 400, DAYS = 90, EVERY = 10, SAMPLE = 30;
    @TempDir
    static Path tmp;
    static Path dir;

    @BeforeAll
    static void run() {
        dir = tmp.resolve("pq");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", String.valueOf(RUNS), "--days", String.valueOf(DAYS),
                "--seed", "9", "--out", dir.toString(), "--quiet", "--record", "escalation_level,russian_casualties,kursk_control",
                "--every", String.valueOf(EVERY), "--sample-runs", String.valueOf(SAMPLE), "--runs-parquet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    private static Connection duck() throws Exception {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    @Test
    void seriesHoldsTheRecordedRunsDayByDay() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withHorizon(DAYS);
        try (Connection c = duck(); Statement st = c.createStatement()) {
            ResultSet n = st.executeQuery("SELECT count(*), count(DISTINCT replication), min(replication), max(replication), max(day) FROM '"
                    + dir.resolve("series.parquet") + "'");
            n.next();
            assertThat(n.getLong(1)).isEqualTo((long) SAMPLE * (DAYS / EVERY + 1));
            assertThat(n.getLong(2)).isEqualTo(SAMPLE);
            assertThat(n.getLong(3)).isZero();
            assertThat(n.getLong(4)).isEqualTo(SAMPLE - 1);
            assertThat(n.getLong(5)).isEqualTo(DAYS / EVERY * EVERY);
            for (long r : new long[]{0, 13, SAMPLE - 1}) {
                Story story = Story.tell(s, 9, r);
                ResultSet rows = st.executeQuery("SELECT day, escalation_level, russian_casualties, kursk_control FROM '"
                        + dir.resolve("series.parquet") + "' WHERE replication = " + r + " ORDER BY day");
                int seen = 0;
                while (rows.next()) {
                    int day = rows.getInt(1);
                    assertThat(day % EVERY).isZero();
                    assertThat(rows.getDouble(2)).isEqualTo(story.record().value(Metric.ESCALATION_LEVEL, day));
                    assertThat(rows.getDouble(3)).isEqualTo(story.record().value(Metric.RUSSIAN_CASUALTIES, day));
                    assertThat(rows.getDouble(4)).isEqualTo(story.record().value(Metric.KURSK_CONTROL, day));
                    seen++;
                }
                assertThat(seen).isEqualTo(DAYS / EVERY + 1);
            }
        }
    }

    @Test
    void runsParquetIsRunsCsvValueForValue() throws Exception {
        List<String> csv = Files.readAllLines(dir.resolve("runs.csv"));
        String[] header = csv.get(0).split(",", -1);
        try (Connection c = duck(); Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT * FROM '" + dir.resolve("runs.parquet") + "' ORDER BY replication")) {
            ResultSetMetaData meta = rows.getMetaData();
            assertThat(meta.getColumnCount()).isEqualTo(header.length);
            for (int i = 0; i < header.length; i++) assertThat(meta.getColumnName(i + 1)).isEqualTo(header[i]);
            int line = 1;
            while (rows.next()) {
                String[] cells = csv.get(line++).split(",", -1);
                for (int i = 0; i < header.length; i++) {
                    Object v = rows.getObject(i + 1);
                    if (cells[i].isEmpty()) assertThat(v).as("%s line %d", header[i], line).isNull();
                    else assertThat(((Number) v).doubleValue()).as("%s line %d", header[i], line).isEqualTo(Double.parseDouble(cells[i]));
                }
            }
            assertThat(line).isEqualTo(RUNS + 1);
        }
    }

    @Test
    void theManifestCommandReproducesTheTables() throws Exception {
        String manifest = Files.readString(dir.resolve("manifest.json"));
        assertThat(manifest).contains("--record escalation_level,russian_casualties,kursk_control --every 10 --sample-runs 30 --runs-parquet");
    }

    @Test
    void anUnknownMetricIsABadInput(@TempDir Path out) {
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", "5", "--out", out.resolve("x").toString(),
                "--record", "escalation_levle");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("'escalation_levle' is not a metric", "escalation_level");
        assertThat(out.resolve("x")).doesNotExist();
    }
}
