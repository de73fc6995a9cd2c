package brink.cli;

import brink.report.CompareReport;
import brink.report.Comparison;
import brink.report.RunResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code brink compare DIR_A DIR_B [DIR...] [--out DIR] [--force]}: what-if against a reference. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Compare what-ifs with a reference: rung odds, medians and means, with intervals.",
        description = {"Compare results folders made by 'brink run' against the first (the reference).",
                "Prints rung-probability differences with 95%% intervals, and median and mean",
                "differences of key outcomes. Folders run with the same seed, runs and days are",
                "paired (common random numbers): paired intervals are shown beside the unpaired",
                "ones. Writes compare.csv, medians.csv, means.csv, charts/ and compare.html into",
                "the output folder. Every input folder is checked first (complete, every file as",
                "its manifest recorded it); a damaged one is refused and nothing is written."})
public final class CompareCommand extends BrinkCommand {
    @Parameters(arity = "2..*", paramLabel = "DIR", description = "Results folders; the first is the reference.")
    List<Path> dirs;

    @Mixin Options.Output output;

    @Override
    protected int execute() throws Exception {
        List<RunResults> folders = CompareReport.open(dirs);
        Path target = output.out != null ? output.out : CompareReport.defaultOut(folders);
        List<String> inputs = new ArrayList<>();
        for (Path d : dirs) inputs.add(d.toAbsolutePath().normalize().toString());
        String command = Install.command("compare", dirs.get(0), inputs.subList(1, inputs.size()), target);
        CompareReport.checkOut(folders, target, output.force);
        return writing(target, "run the same command again with --force to redo it", () -> {
            Comparison c = CompareReport.write(folders, target, output.force, command);
            PrintWriter o = out();
            o.print(c.terminalTable());
            o.println();
            o.println("Wrote " + target.resolve(CompareReport.PAGE) + ", " + CompareReport.RUNG_CSV + ", "
                    + CompareReport.MEDIAN_CSV + ", " + CompareReport.MEAN_CSV + " and charts/");
            o.flush();
            return BrinkCli.OK;
        });
    }
}
