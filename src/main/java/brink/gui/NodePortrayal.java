package brink.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.SimplePortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws an actor as a circle sized by capability or manpower and filled by pressure, with its
 * name and state in large bold text; and the North Korean contingent as a marked square.
 */
final class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double d = ((MapNode) object).diameter() * info.draw.width;
        double x = info.draw.x, y = info.draw.y;
        if (object instanceof ActorNode) {
            ActorNode n = (ActorNode) object;
            Ellipse2D circle = new Ellipse2D.Double(x - d / 2, y - d / 2, d, d);
            g.setColor(PressureColors.of(n.pressure));
            g.fill(circle);
            g.setStroke(new BasicStroke(info.selected ? 5f : 2.5f));
            g.setColor(info.selected ? Color.BLUE : new Color(40, 40, 40));
            g.draw(circle);
            if (n.nuclearAlert) {
                double r = d + 18;
                g.setColor(new Color(200, 0, 0));
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{10f, 6f}, 0f));
                g.draw(new Ellipse2D.Double(x - r / 2, y - r / 2, r, r));
                Text.centered(g, "NUCLEAR ALERT", Text.DETAIL, new Color(200, 0, 0), x, y - r / 2 - 6);
            }
            Text.centered(g, n.shortName(), Text.NAME, Color.BLACK, x, y + 7);
            // the top row's details go above their circles, clear of the lines below them
            boolean above = n.id == brink.model.ActorId.NATO || n.id == brink.model.ActorId.CHINA;
            double dy = above ? -d / 2 - 8 : d / 2 + 16;
            Text.centered(g, n.detail, Text.SMALL, new Color(30, 30, 30), x, y + dy);
        } else {
            TroopsNode t = (TroopsNode) object;
            Rectangle2D box = new Rectangle2D.Double(x - d / 2, y - d / 2, d, d);
            g.setColor(new Color(150, 20, 20));
            g.fill(box);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(box);
            Text.centered(g, t.label(), Text.DETAIL, new Color(120, 0, 0), x, y + d / 2 + 18);
            if (t.lost + t.defected > 0) {
                Text.centered(g, String.format("lost %,.0f | defected %,.0f", t.lost, t.defected), Text.SMALL,
                        new Color(60, 60, 60), x, y + d / 2 + 36);
            }
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        double d = ((MapNode) object).diameter() * range.draw.width;
        Ellipse2D circle = new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d);
        return circle.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
