package brink.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The map's background and key: the camps' headings, the front line down the middle, and along the bottom the
 * pressure colour scale and what each kind of line means. Placed in field coordinates, so it scales with the map;
 * its text shrinks with the map's (see {@link MapLayout#FULL_TEXT_UNIT}).
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;
    private final ActorMap map;

    LegendPortrayal(ActorMap map) {
        this.map = map;
        setField(new Object());
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double sy = info.draw.height / ActorMap.HEIGHT;
        double ox = info.draw.x, oy = info.draw.y;
        MapLayout layout = map.layout(ox, oy, info.draw.width / ActorMap.WIDTH, g.getFontRenderContext());
        Font small = layout.fonts.small();

        // camps and front
        g.setColor(new Color(110, 80, 40));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 6f}, 0f));
        g.draw(layout.front);
        for (MapLayout.Label l : layout.labels) {
            if (!l.backdrop()) l.draw(g);
        }

        // key strip
        double top = oy + ActorMap.LEGEND_Y * sy;
        g.setColor(new Color(245, 245, 245));
        g.fill(new Rectangle2D.Double(ox, top, info.draw.width, info.draw.height - ActorMap.LEGEND_Y * sy));
        g.setColor(new Color(180, 180, 180));
        g.setStroke(new BasicStroke(1f));
        g.draw(new Line2D.Double(ox, top, ox + info.draw.width, top));

        double rowH = (ActorMap.HEIGHT - ActorMap.LEGEND_Y) * sy / 2;
        double y1 = top + rowH * 0.72;
        double y2 = top + rowH * 1.72;
        // pressure scale
        Text.draw(g, "Pressure:", small, Color.BLACK, ox + layout.s(8), y1);
        double bx = ox + layout.s(90), bw = Math.max(layout.s(120), 24 * info.draw.width / ActorMap.WIDTH), bh = layout.s(14);
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            g.setColor(PressureColors.of(PressureColors.MAX * i / (steps - 1.0)));
            g.fill(new Rectangle2D.Double(bx + bw * i / steps, y1 - bh + layout.s(2), bw / steps + 1, bh));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Rectangle2D.Double(bx, y1 - bh + layout.s(2), bw, bh));
        Text.draw(g, "0 calm", small, Color.BLACK, bx, y1 + layout.s(16));
        String high = "3+ high";
        Text.draw(g, high, small, Color.BLACK, bx + bw - Text.width(high, small, g.getFontRenderContext()), y1 + layout.s(16));
        Text.draw(g, "size = troops or capability", small, Color.DARK_GRAY, bx + bw + layout.s(16), y1);

        // relation kinds
        double x = ox + layout.s(8);
        for (Relation.Kind k : Relation.Kind.values()) {
            g.setColor(k.color);
            g.setStroke(k.stroke);
            g.draw(new Line2D.Double(x, y2 - layout.s(5), x + layout.s(30), y2 - layout.s(5)));
            Text.draw(g, k.legend, small, k.color.darker(), x + layout.s(35), y2);
            x += layout.s(35) + Text.width(k.legend, small, g.getFontRenderContext()) + layout.s(12);
        }
    }
}
