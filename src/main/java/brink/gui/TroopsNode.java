package brink.gui;

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

    String label() {
        double present = training + inCombat;
        return String.format("NK troops: %,.0f %s", present, where.text);
    }

    @Override
    public String toString() { return "North Korean troops"; }
}
