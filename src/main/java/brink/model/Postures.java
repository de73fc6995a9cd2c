package brink.model;

import java.io.Serializable;

/**
 * The moves that are not rungs: Ukraine's posture (defensive, holding, offensive) and whether
 * China presses Pyongyang and Moscow to step back.
 */
public final class Postures implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String[] UKRAINIAN = {"defensive", "holding", "offensive"};

    int ukrainian;
    boolean chinaPressing;
    /** China presses because an event made it, not by its own daily choice: it does not ease off by itself. */
    boolean chinaCommitted;

    void reset() {
        ukrainian = 0;
        chinaPressing = false;
        chinaCommitted = false;
    }

    /** -1 defensive, 0 holding, +1 offensive. */
    public int ukrainian() { return ukrainian; }
    public boolean chinaPressing() { return chinaPressing; }
    public boolean chinaCommitted() { return chinaCommitted; }

    static String ukrainianName(int posture) { return UKRAINIAN[posture + 1]; }
}
