package brink.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brink gui} refuses a bad scenario file with one message and exit code 2, before any window opens. */
class GuiCommandTest {
    @Test
    void aMissingScenarioFileIsABadInput() {
        CommandLine cl = BrinkCli.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("gui", "scenarios/no_such_file.yaml");
        assertThat(code).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(err.toString()).contains("no_such_file.yaml").contains("no such file").doesNotContain("Exception");
    }
}
