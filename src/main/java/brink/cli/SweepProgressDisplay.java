package brink.cli;

import brink.experiment.sweep.SweepProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress over sweep points: a me.tongfei progress bar (done/total, rate, ETA) on a terminal,
 * a plain line at every tenth of the way otherwise (logs, CI), nothing when quiet.
 */
final class SweepProgressDisplay implements SweepProgress {
    private final PrintStream err;
    private final boolean terminal;
    private ProgressBar bar;
    private int total;
    private int startDone;
    private long startNanos;
    private int lastTenth;

    private final String name;

    SweepProgressDisplay(PrintStream err, boolean terminal) {
        this(err, terminal, "sweep");
    }

    /** {@code name} starts the bar and every line, e.g. "sweep on spark master spark://h:7077, 2 executors". */
    SweepProgressDisplay(PrintStream err, boolean terminal, String name) {
        this.err = err;
        this.terminal = terminal;
        this.name = name;
    }

    @Override
    public void start(int total, int alreadyDone) {
        this.total = total;
        this.startDone = alreadyDone;
        this.startNanos = System.nanoTime();
        this.lastTenth = total == 0 ? 10 : alreadyDone * 10 / total;
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setUnit(" points", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250)
                    .startsFrom(alreadyDone, Duration.ZERO).build();
        } else if (alreadyDone > 0) {
            err.printf("%s: resuming, %d of %d points already done%n", name, alreadyDone, total);
        }
    }

    @Override
    public void advance(int done) {
        if (bar != null) {
            bar.stepTo(done);
            return;
        }
        int tenth = done * 10 / Math.max(1, total);
        if (tenth > lastTenth) {
            lastTenth = tenth;
            double secs = (System.nanoTime() - startNanos) / 1e9;
            double rate = (done - startDone) / Math.max(secs, 1e-9);
            long eta = Math.round((total - done) / Math.max(rate, 1e-9));
            err.printf("%s: %d/%d points (%d%%), %.1f points/s, ETA %d:%02d%n", name, done, total,
                    done * 100L / total, rate, eta / 60, eta % 60);
        }
    }

    @Override
    public void finish() {
        if (bar != null) bar.close();
        bar = null;
    }
}
