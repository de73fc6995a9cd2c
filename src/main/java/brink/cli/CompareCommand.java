package brink.cli;

import brink.report.CompareReport;
import brink.report.Comparison;
import brink.report.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** {@code brink compare DIR_A DIR_B [DIR...] [--out DIR] [--force]}: what-if against a reference. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare results folders made by 'brink run'; the first is the reference (baseline).",
                "Prints rung-probability differences with 95%% intervals and median differences of key",
                "outcomes, and writes compare.csv, medians.csv, charts/ and compare.html into the output folder."})
public final class CompareCommand extends BrinkCommand {
    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Results folders; the first is the reference.")
    List<Path> dirs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/compare-<A>-vs-<B>/).")
    Path out;

    @Option(names = "--force", description = "Overwrite a non-empty output folder.")
    boolean force;

    @Override
    protected int execute() throws Exception {
        List<RunResults> folders = CompareReport.open(dirs);
        Path target = out != null ? out : CompareReport.defaultOut(folders);
        String command = "./brink compare " + dirs.stream().map(Path::toString).collect(Collectors.joining(" "))
                + " --out " + target;
        Comparison c = CompareReport.write(folders, target, force, command);
        PrintWriter o = out();
        o.print(c.terminalTable());
        o.println();
        o.println("Wrote " + target.resolve(CompareReport.PAGE) + ", " + CompareReport.RUNG_CSV + ", "
                + CompareReport.MEDIAN_CSV + " and charts/");
        o.flush();
        return BrinkCli.OK;
    }
}
