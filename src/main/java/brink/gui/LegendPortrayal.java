package brink.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * The map's background and key: the front line down the middle, and along the bottom the pressure
 * colour scale and what each kind of line means. Drawn in field coordinates, so it scales with the map.
 */
final class LegendPortrayal extends FieldPortrayal2D {
    private static final long serialVersionUID = 1L;

    LegendPortrayal() {
        setField(new Object());
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double sx = info.draw.width / ActorMap.WIDTH, sy = info.draw.height / ActorMap.HEIGHT;
        double ox = info.draw.x, oy = info.draw.y;

        // camps and front
        java.awt.FontMetrics fm = g.getFontMetrics(Text.DETAIL);
        Text.draw(g, "RUSSIA'S CAMP", Text.DETAIL, new Color(130, 130, 130), ox + 8, oy + 22);
        String west = "UKRAINE'S SUPPORTERS";
        Text.draw(g, west, Text.DETAIL, new Color(130, 130, 130), ox + info.draw.width - 8 - fm.stringWidth(west), oy + 22);
        g.setColor(new Color(110, 80, 40));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 6f}, 0f));
        double fx = ox + ActorMap.FRONT_X * sx;
        g.draw(new Line2D.Double(fx, oy + 22 * sy, fx, oy + 60 * sy));
        Text.centered(g, "front (Kursk)", Text.SMALL, new Color(110, 80, 40), fx, oy + 63 * sy);

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
        Text.draw(g, "Pressure:", Text.SMALL, Color.BLACK, ox + 8, y1);
        double bx = ox + 90, bw = Math.max(120, 24 * sx), bh = 14;
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            g.setColor(PressureColors.of(PressureColors.MAX * i / (steps - 1.0)));
            g.fill(new Rectangle2D.Double(bx + bw * i / steps, y1 - bh + 2, bw / steps + 1, bh));
        }
        g.setColor(Color.DARK_GRAY);
        g.draw(new Rectangle2D.Double(bx, y1 - bh + 2, bw, bh));
        Text.draw(g, "0 calm", Text.SMALL, Color.BLACK, bx, y1 + 16);
        Text.draw(g, "3+ high", Text.SMALL, Color.BLACK, bx + bw - 52, y1 + 16);
        Text.draw(g, "size = troops or capability", Text.SMALL, Color.DARK_GRAY,
                bx + bw + 16, y1);

        // relation kinds
        double x = ox + 8;
        for (Relation.Kind k : Relation.Kind.values()) {
            g.setColor(k.color);
            g.setStroke(k.stroke);
            g.draw(new Line2D.Double(x, y2 - 5, x + 30, y2 - 5));
            Text.draw(g, k.legend, Text.SMALL, k.color.darker(), x + 35, y2);
            x += 35 + g.getFontMetrics(Text.SMALL).stringWidth(k.legend) + 12;
        }
    }
}
