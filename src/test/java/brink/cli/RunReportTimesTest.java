package brink.cli;

import brink.results.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * report.html and manifest.json agree on a run's times: the page {@code brink run} draws comes
 * before the run's end, so it gives the time to the data files and no finish of its own; the page
 * {@code brink report} draws again gives the final manifest's finish.
 */
class RunReportTimesTest {
    @TempDir
    Path tmp;

    @Test
    void thePageNeverShowsAFinishOrWallTimeThatTheFinalManifestContradicts() throws Exception {
        Path dir = tmp.resolve("run");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", "30", "--days", "20", "--out", dir.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        RunManifest m = RunManifest.read(dir);
        String html = Files.readString(dir.resolve("report.html"));

        assertThat(html).contains("<tr><th>Started</th><td>" + m.started() + "</td></tr>");
        Matcher written = Pattern.compile("<tr><th>Data files written</th><td>(\\S+) \\(").matcher(html);
        assertThat(written.find()).as("the time to the data files is on the page").isTrue();
        Instant dataFiles = Instant.parse(written.group(1));
        assertThat(dataFiles).isAfterOrEqualTo(Instant.parse(m.started())).isBeforeOrEqualTo(Instant.parse(m.finished()));
        assertThat(html).doesNotContain("<th>Wall time</th>").doesNotMatch("(?s).*<th>Finished</th><td>\\d.*");

        CliRunner.Result again = CliRunner.run("report", dir.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        RunManifest after = RunManifest.read(dir);
        assertThat(after.finished()).isEqualTo(m.finished());
        assertThat(Files.readString(dir.resolve("report.html")))
                .contains("<tr><th>Finished</th><td>" + m.finished() + "</td></tr>", "<th>Wall time</th>")
                .doesNotContain("Data files written");
    }
}
