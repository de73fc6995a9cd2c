package brink.gui;

import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.SimpleEdgePortrayal2D;
import sim.portrayal.network.EdgeDrawInfo2D;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;

/**
 * Draws a relation between two map nodes: a line from rim to rim in the relation's colour and
 * stroke, an arrowhead for flows (aid, restraint, troops), and its label at the middle.
 */
final class RelationPortrayal extends SimpleEdgePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Edge edge = (Edge) object;
        Relation r = (Relation) edge.info;
        EdgeDrawInfo2D e = (EdgeDrawInfo2D) info;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double x1 = e.draw.x, y1 = e.draw.y, x2 = e.secondPoint.x, y2 = e.secondPoint.y;
        double len = Math.hypot(x2 - x1, y2 - y1);
        if (len < 1) return;
        double ux = (x2 - x1) / len, uy = (y2 - y1) / len;
        // shift sideways, then start and end at the circles' rims
        double ox = -uy * r.offset, oy = ux * r.offset;
        double r1 = 0.5 * ((MapNode) edge.getFrom()).diameter() * e.draw.width + 3;
        double r2 = 0.5 * ((MapNode) edge.getTo()).diameter() * e.draw.width + 3;
        double sx = x1 + ux * r1 + ox, sy = y1 + uy * r1 + oy;
        double tx = x2 - ux * r2 + ox, ty = y2 - uy * r2 + oy;
        g.setColor(r.kind.color);
        g.setStroke(r.kind.stroke);
        g.draw(new Line2D.Double(sx, sy, tx, ty));
        if (r.kind.arrow) {
            double a = 16, w = 8;
            Path2D head = new Path2D.Double();
            head.moveTo(tx, ty);
            head.lineTo(tx - ux * a - uy * w, ty - uy * a + ux * w);
            head.lineTo(tx - ux * a + uy * w, ty - uy * a - ux * w);
            head.closePath();
            g.fill(head);
        }
        if (!r.label.isEmpty()) {
            double mx = (sx + tx) / 2 + ox * 1.2, my = (sy + ty) / 2 + oy * 1.2;
            Text.centered(g, r.label, Text.SMALL, r.kind.color.darker(), mx, my - 4);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        return false;
    }
}
