package brink.report;

import brink.cli.CliRunner;
import brink.experiment.sweep.SweepFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The HTML pages a user opens (run report, comparison, sweep report, calibration report) in a real browser: Debian's
 * headless Chromium loads each page, every image must load, no script may fail, and a screenshot
 * must show something. Chromium is installed by .ci/run and test.sh (as root); without it the test
 * fails as root (CI) and is skipped, saying why, only for a user who cannot install it.
 */
class BrowserPagesTest {
    @TempDir
    static Path tmp;
    static String chromium;

    @BeforeAll
    static void findChromium() throws Exception {
        chromium = which("chromium", "chromium-browser");
        if (chromium == null) {
            String msg = "Chromium is not installed (apt-get install -y chromium; .ci/run and ./test.sh install it when run as root)";
            if (isRoot()) fail(msg + ": as root it must be there, so this does not pass silently");
            Assumptions.abort(msg + "; skipped because this user is not root and cannot install it");
        }
    }

    private static String which(String... names) throws Exception {
        String env = System.getenv("BRINK_CHROMIUM");
        if (env != null && !env.isBlank()) return env;
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String n : names) if (Files.isExecutable(Path.of(dir, n))) return Path.of(dir, n).toString();
        }
        return null;
    }

    private static boolean isRoot() throws Exception {
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        return out.equals("0");
    }

    private static List<String> chromium(Path profile, String... args) {
        List<String> cmd = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String run(List<String> cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish: " + cmd);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    private static final Pattern CHECK = Pattern.compile("BRINK-CHECK images=(\\d+) broken=(\\d+) errors=(\\d+)");

    /**
     * Loads a copy of the page with a listener for script errors at its top and, once loaded, a
     * count of its images that did not load; Chromium prints the resulting DOM.
     */
    private static void checkInBrowser(Path page, int minImages) throws Exception {
        String html = Files.readString(page);
        String head = "<script>window.__errors=[];window.addEventListener('error',function(e){window.__errors.push(String(e.message||e.type))},true);</script>";
        String tail = "<script>window.addEventListener('load',function(){var im=document.images,b=0;for(var i=0;i<im.length;i++){"
                + "if(!im[i].complete||im[i].naturalWidth===0)b++;}var d=document.createElement('pre');d.textContent='BRINK-'+'CHECK images='"
                + "+im.length+' broken='+b+' errors='+window.__errors.length;document.body.appendChild(d);});</script>";
        assertThat(html).contains("<head>", "</body>");
        Path probe = page.resolveSibling("browser-check-" + page.getFileName());
        Files.writeString(probe, html.replaceFirst("<head>", "<head>" + head).replace("</body>", tail + "</body>"));
        String dom = run(chromium(tmp.resolve("profile-" + page.getFileName()), "--virtual-time-budget=5000", "--dump-dom",
                probe.toUri().toString()));
        Matcher m = CHECK.matcher(dom);
        assertThat(m.find()).as("%s: the page did not finish loading in the browser", page).isTrue();
        assertThat(Integer.parseInt(m.group(1))).as("%s: images", page).isGreaterThanOrEqualTo(minImages);
        assertThat(Integer.parseInt(m.group(2))).as("%s: images that did not load", page).isZero();
        assertThat(Integer.parseInt(m.group(3))).as("%s: script errors", page).isZero();

        Path shot = tmp.resolve("shot-" + page.getParent().getFileName() + ".png");
        run(chromium(tmp.resolve("profile-shot-" + page.getFileName()), "--window-size=1200,1600", "--screenshot=" + shot,
                page.toUri().toString()));
        assertThat(shot).as("%s: screenshot", page).exists();
        BufferedImage img = ImageIO.read(shot.toFile());
        long inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) inked++;
            }
        }
        long samples = (long) (img.getHeight() / 2) * (img.getWidth() / 2);
        assertThat(inked).as("%s: the screenshot is blank", page).isGreaterThan(samples / 100);
        assertThat(colours.size()).as("%s: the screenshot has text and charts, not one colour", page).isGreaterThan(20);
    }

    @Test
    void theRunReportTheComparisonTheSweepAndTheCalibrationReportRenderWithAllTheirImages() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), cmp = tmp.resolve("cmp"), sweep = tmp.resolve("sweep");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", "200", "--days", "60", "--out", a.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        r = CliRunner.run("run", "scenarios/what-if-sk-lethal-aid-early.yaml", "--runs", "200", "--days", "60", "--out", b.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        r = CliRunner.run("compare", a.toString(), b.toString(), "--out", cmp.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        Path sweeps = Files.createDirectories(tmp.resolve("sweeps"));
        SweepFixtures.scenarios(sweeps, 30);
        Path file = Files.writeString(sweeps.resolve("g.yaml"), """
                scenario: short.yaml
                replications: 3
                design: {type: grid, points_per_factor: 3}
                factors:
                  - {path: actors.north_korea.troops, min: 0, max: 60000}
                  - {path: actors.nato.red_line.strike_restrictions_lifted, levels: [0.8, 1.2, 2.0]}
                outcomes:
                  - {kind: probability, rung: strike_restrictions_lifted, within_days: 30}
                """);
        r = CliRunner.run("sweep", file.toString(), "--out", sweep.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();

        Path calibration = tmp.resolve("calibration");
        r = CliRunner.run("calibrate", "scenarios/calibration/example-china-presses.yaml", "--particles", "10", "--populations", "2",
                "--replications", "3", "--out", calibration.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();

        checkInBrowser(a.resolve("report.html"), 5);
        checkInBrowser(cmp.resolve("compare.html"), 3);
        checkInBrowser(sweep.resolve("report.html"), 2);
        checkInBrowser(calibration.resolve("report.html"), 4);
    }
}
