package brink.gui;

import java.util.ArrayList;
import java.util.List;

/** The North Korean contingent on the map: where it is (training, Kursk, Ukraine) and how many. */
public final class TroopsNode implements MapNode {
    /** Where the contingent stands; the map places the marker accordingly. */
    enum Where {
        TRAINING("training in Russia"), KURSK("in combat in Kursk"), UKRAINE("fighting in Ukraine"), HOME("withdrawn");
        final String text;
        Where(String text) { this.text = text; }
    }

    Where where = Where.TRAINING;
    double training;
    double inCombat;
    double lost;
    double defected;

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

    @Override
    public String toString() { return "North Korean troops"; }
}
