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
 * Draws an actor as a circle sized by capability or manpower and filled by pressure, with its name in large bold
 * text (and Russia's nuclear alert as a dashed red ring); and the North Korean contingent as a marked square. The
 * captions beside them are drawn on top of everything by {@link LabelPortrayal}.
 */
final class NodePortrayal extends SimplePortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ActorMap map;

    NodePortrayal(ActorMap map) {
        this.map = map;
    }

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
            MapLayout layout = map.layoutFrom(object, info.draw.x, info.draw.y, info.draw.width, g.getFontRenderContext());
            if (layout == null) return;
            if (n.nuclearAlert && layout.alertRing != null) {
                g.setColor(new Color(200, 0, 0));
                g.setStroke(new BasicStroke(4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{10f, 6f}, 0f));
                g.draw(layout.alertRing);
            }
            MapLayout.Label name = layout.names.get(n);
            name.draw(g);
        } else if (((TroopsNode) object).shown()) {
            Rectangle2D box = new Rectangle2D.Double(x - d / 2, y - d / 2, d, d);
            g.setColor(new Color(150, 20, 20));
            g.fill(box);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2f));
            g.draw(box);
        }
    }

    @Override
    public boolean hitObject(Object object, DrawInfo2D range) {
        if (object instanceof TroopsNode t && !t.shown()) return false; // no square, nothing to click
        double d = ((MapNode) object).diameter() * range.draw.width;
        Ellipse2D circle = new Ellipse2D.Double(range.draw.x - d / 2, range.draw.y - d / 2, d, d);
        return circle.intersects(range.clip.x, range.clip.y, range.clip.width, range.clip.height);
    }
}
