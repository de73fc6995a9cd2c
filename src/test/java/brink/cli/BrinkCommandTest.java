package brink.cli;

import brink.scenario.ScenarioException;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared exit-code mapping every command goes through. */
class BrinkCommandTest {

    @Test
    void userMistakeIsOneLineAndExitTwo() {
        StringWriter err = new StringWriter();
        int code = BrinkCommand.guarded(new PrintWriter(err, true), false, () -> {
            throw new ScenarioException("x.yaml", "actors.russia.resolve", "2", "allowed: a number from 0 to 1");
        });
        assertThat(code).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(err.toString()).isEqualToIgnoringNewLines("brink: x.yaml: actors.russia.resolve: value 2: allowed: a number from 0 to 1");
    }

    @Test
    void unexpectedFailureIsOneLineAndExitOneWithATraceOnlyWhenDebugging() {
        StringWriter err = new StringWriter();
        int code = BrinkCommand.guarded(new PrintWriter(err, true), false, () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(code).isEqualTo(BrinkCli.INTERNAL_ERROR);
        assertThat(err.toString().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("brink: internal error: ").contains("boom").doesNotContain("\tat ");

        StringWriter debug = new StringWriter();
        BrinkCommand.guarded(new PrintWriter(debug, true), true, () -> {
            throw new IllegalStateException("boom");
        });
        assertThat(debug.toString()).contains("\tat ");
    }

    @Test
    void successPassesTheCodeThrough() {
        assertThat(BrinkCommand.guarded(new PrintWriter(new StringWriter()), false, () -> 0)).isZero();
    }

    @Test
    void helpOfEveryCommandHasExamples() {
        for (String cmd : new String[]{"validate", "params", "trace"}) {
            CliRunner.Result r = CliRunner.run(cmd, "--help");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Usage: brink " + cmd, "Examples:", "brink " + cmd);
        }
        assertThat(CliRunner.run("--help").out()).contains("validate", "params", "trace");
    }
}
