package brink.cli;

import brink.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;

/** {@code brink report DIR}: draws a results folder's charts and report.html again from its files. */
@Command(name = "report", mixinStandardHelpOptions = true,
        header = "Write a results folder's charts and report.html again from its files.",
        description = {"Draws the charts and report.html of a folder written by 'brink run' again, from its "
                + "manifest and tables. The folder is checked first: it must be complete and every file as "
                + "its manifest recorded it; a damaged folder is refused and nothing is written."})
public final class ReportCommand extends BrinkCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "results folder made by 'brink run'")
    Path dir;

    @Override
    protected int execute() throws Exception {
        String command = Install.command("report", dir, List.of(), null);
        return writing(dir, "run the same command again to finish the report", () -> {
            RunReport.regenerate(dir, command);
            out().println("Wrote " + dir.resolve(RunReport.REPORT) + " and " + dir.resolve(RunReport.CHARTS) + "/");
            out().flush();
            return BrinkCli.OK;
        });
    }
}
