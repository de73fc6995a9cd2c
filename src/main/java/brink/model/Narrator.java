package brink.model;

/**
 * Receives the story of a run. Only the trace command and the GUI attach one; Monte Carlo runs
 * leave it null, so no entry is built.
 */
public interface Narrator {
    void record(Narration entry);
}
