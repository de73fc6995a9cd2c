package brink.gui;

import java.util.ArrayList;
import java.util.List;

/** The North Korean contingent on the map: where it is (training, Kursk, Ukraine) and how many. */
public final class TroopsNode implements MapNode {
    /** Where the contingent stands; the map places the marker accordingly. */
    enum Where {
        TRAINING("training in Russia"), KURSK("in combat in Kursk"), UKRAINE("fighting in Ukraine"), HOME("in North Korea");
        final String text;
        Where(String text) { this.text = text; }
    }

    Where where = Where.TRAINING;
    double training;
    double inCombat;
    double lost;
    double defected;
    /** Troops North Korea has sent in all (0 in a run without a contingent, which then has no square). */
    double sent;

    @Override
    public double diameter() {
        return 4.5;
    }

    public String getWhere() { return where.text; }
    public double getTraining() { return training; }
    public double getInCombat() { return inCombat; }
    public double getLost() { return lost; }
    public double getDefected() { return defected; }

    /**
     * Once the contingent fights, the troops still training join the front over the entry period
     * (actors.north_korea.combat_entry_days): the label counts those at the front and those still
     * arriving, so the class sees the contingent arrive rather than all of it "in combat" at once.
     */
    String label() {
        if (!shown()) return "NK troops: none sent";
        boolean fighting = where == Where.KURSK || where == Where.UKRAINE;
        if (fighting && Math.round(training) > 0) {
            return String.format("NK troops: %,.0f %s (+%,.0f arriving)", inCombat, where.text, training);
        }
        return String.format("NK troops: %,.0f %s", training + inCombat, where.text);
    }

    /**
     * The caption by the square, one string a line: how many and where (the {@link #label}, broken before where they
     * are and before those still arriving, so that it stays narrow), then the losses once there are any.
     */
    List<String> captionLines() {
        List<String> out = new ArrayList<>();
        boolean fighting = where == Where.KURSK || where == Where.UKRAINE;
        boolean arriving = fighting && Math.round(training) > 0;
        out.add(String.format("NK troops: %,.0f", arriving ? inCombat : training + inCombat));
        out.add(where.text);
        if (arriving) out.add(String.format("(+%,.0f arriving)", training));
        if (lost + defected > 0) out.add(String.format("lost %,.0f | defected %,.0f", lost, defected));
        return out;
    }

    /**
     * Whether the map shows the square: not in a run without a contingent (actors.north_korea.troops 0 and none
     * added by an event), where there is nothing to place.
     */
    boolean shown() {
        return !(where == Where.HOME && Math.round(sent) == 0);
    }

    @Override
    public String toString() { return "North Korean troops"; }
}
