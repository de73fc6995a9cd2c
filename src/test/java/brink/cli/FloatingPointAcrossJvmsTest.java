package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The model's floating point is the same on another JVM: the same baseline and seed give the same
 * runs.csv, daily.csv and rungs.csv, byte for byte, in a child JVM whose math intrinsics are off
 * (HotSpot then computes Math.exp, log, pow, sin, cos... in Java, not with the CPU-tuned stubs that
 * may differ in the last bit), and on the Java 25 JDK when the machine has one. This is what
 * StrictMath in the model buys: a Math call slipped into the model breaks it. See docs/results.md,
 * "Floating point across JDKs and CPUs".
 */
class FloatingPointAcrossJvmsTest {
    static final List<String> TABLES = List.of("runs.csv", "daily.csv", "rungs.csv");
    static final String NO_INTRINSICS = "-XX:DisableIntrinsic=_dexp,_dlog,_dlog10,_dpow,_dsin,_dcos,_dtan,_datan2";
    static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir Path tmp;

    @Test
    void withoutMathIntrinsicsAndOnJava25TheRunsAreTheSameBytes() throws Exception {
        Path reference = tmp.resolve("in-process");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", "256", "--seed", "11", "--days", "300",
                "--quiet", "--out", reference.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();

        String thisJava = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> noIntrinsics = List.of("-XX:+UnlockDiagnosticVMOptions", NO_INTRINSICS);
        assertSameTables(reference, child(thisJava, noIntrinsics, "no-intrinsics"));
        if (Files.isExecutable(JDK25)) {
            assertSameTables(reference, child(JDK25.toString(), List.of(), "jdk25"));
            assertSameTables(reference, child(JDK25.toString(), noIntrinsics, "jdk25-no-intrinsics"));
        }
    }

    private Path child(String java, List<String> jvmOptions, String name) throws IOException, InterruptedException {
        Path out = tmp.resolve(name);
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:-UsePerfData"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCli",
                "run", "scenarios/baseline.yaml", "--runs", "256", "--seed", "11", "--days", "300", "--quiet", "--out", out.toString()));
        Path log = tmp.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(p.waitFor(300, TimeUnit.SECONDS)).as(name + " ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.exitValue()).as(name + ": " + Files.readString(log)).isZero();
        return out;
    }

    private static void assertSameTables(Path expected, Path actual) throws IOException {
        for (String t : TABLES) {
            assertThat(Files.readString(actual.resolve(t))).as(actual.getFileName() + "/" + t).isEqualTo(Files.readString(expected.resolve(t)));
        }
    }
}
