package brink.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;

/** Large, haloed text that stays readable on a projector over lines and colours. */
final class Text {
    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font DETAIL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private Text() {}

    /** Draws text centred on x with its baseline at y, over a white halo. */
    static void centered(Graphics2D g, String s, Font font, Color color, double x, double y) {
        FontMetrics fm = g.getFontMetrics(font);
        draw(g, s, font, color, x - fm.stringWidth(s) / 2.0, y);
    }

    static void draw(Graphics2D g, String s, Font font, Color color, double x, double y) {
        if (s == null || s.isEmpty()) return;
        GlyphVector gv = font.createGlyphVector(g.getFontRenderContext(), s);
        Shape shape = AffineTransform.getTranslateInstance(x, y).createTransformedShape(gv.getOutline());
        g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, 230));
        g.draw(shape);
        g.setColor(color);
        g.fill(shape);
    }
}
