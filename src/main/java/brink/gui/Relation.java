package brink.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** What an edge on the actor map stands for; drawn by {@link RelationPortrayal}. */
final class Relation {
    enum Kind {
        ALLIANCE("alliance", new Color(30, 90, 200), new BasicStroke(5f), false),
        SUPPORT("support", new Color(90, 140, 220), dashed(3f), false),
        HOSTILITY("hostility", new Color(200, 30, 30), new BasicStroke(4f), false),
        AID("aid", new Color(20, 140, 60), new BasicStroke(4f), true),
        RESTRAINT("restraint", new Color(130, 60, 170), dashed(3f), true),
        TROOPS("troops", new Color(120, 20, 20), new BasicStroke(3f), true);

        final String legend;
        final Color color;
        final Stroke stroke;
        final boolean arrow;

        Kind(String legend, Color color, Stroke stroke, boolean arrow) {
            this.legend = legend;
            this.color = color;
            this.stroke = stroke;
            this.arrow = arrow;
        }
    }

    final Kind kind;
    final String label;
    /** Which of the map's relations this is: its line's offset and its label's place are the design's for it. */
    final MapDesign.Link link;

    Relation(Kind kind, String label, MapDesign.Link link) {
        this.kind = kind;
        this.label = label;
        this.link = link;
    }

    private static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{12f, 8f}, 0f);
    }

    @Override
    public String toString() { return kind.legend + (label.isEmpty() ? "" : ": " + label); }
}
