package brink.experiment.sweep;

/** Progress over points, reported by the runner on its own thread. */
public interface SweepProgress {
    SweepProgress NONE = new SweepProgress() {
        @Override public void start(int total, int alreadyDone) {}
        @Override public void advance(int done) {}
        @Override public void finish() {}
    };

    /** {@code alreadyDone} of {@code total} points were read back from a previous run. */
    void start(int total, int alreadyDone);

    /** {@code done} points are now finished (including those read back). */
    void advance(int done);

    void finish();
}
