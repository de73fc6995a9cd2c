package brink.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;

/**
 * Draws a relation between two map nodes: a line from rim to rim in the relation's colour and stroke, and an
 * arrowhead for flows (aid, restraint, troops), where the {@link MapLayout} puts them. Its label is drawn on top of
 * everything by {@link LabelPortrayal}.
 */
final class RelationPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ActorMap map;

    RelationPortrayal(ActorMap map) {
        this.map = map;
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge edge = (Edge) object;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        MapLayout layout = map.layoutFrom(edge.getFrom(), e.draw.x, e.draw.y, e.draw.width, g.getFontRenderContext());
        if (layout == null) return;
        MapLayout.Line l = layout.lines.get((Relation) edge.info);
        if (l == null) return;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Relation r = l.relation();
        g.setColor(r.kind.color);
        g.setStroke(r.kind.stroke);
        g.draw(new Line2D.Double(l.sx(), l.sy(), l.tx(), l.ty()));
        if (l.head() != null) g.fill(l.head());
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
