package brink.gui;

import brink.model.ActorId;

/**
 * The map's picture of one actor: a GUI-side copy of what the display shows, refreshed from the
 * model once a day by {@link ActorMap#update}. Its getters make it inspectable by double-click.
 */
public final class ActorNode implements MapNode {
    final ActorId id;
    double diameter;
    double pressure;
    /** Soldiers behind the circle's size, or NaN where the size is a fixed capability. */
    double manpower = Double.NaN;
    boolean nuclearAlert;
    String detail = "";

    ActorNode(ActorId id) {
        this.id = id;
    }

    @Override
    public double diameter() { return diameter; }

    /** The name on the map: short enough to fit in or near the circle. */
    String shortName() { return id == ActorId.NATO ? "NATO + US" : id.displayName(); }

    /** The caption under or beside the circle: the detail, one line per part ("pressure 1.73", "514,692 troops"). */
    String[] captionLines() { return detail.split(" \\| "); }

    public String getName() { return id.displayName(); }
    public double getPressure() { return pressure; }
    public double getManpower() { return manpower; }
    public String getDetail() { return detail; }

    @Override
    public String toString() { return id.displayName(); }
}
