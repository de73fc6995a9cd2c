package brink.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** Large, haloed text that stays readable on a projector over lines and colours. */
final class Text {
    static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    static final Font DETAIL = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final Font SMALL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    /** Space between a block's text and the edge of its box: the halo (2 px) and one pixel of air. */
    static final double PAD = 3;

    private Text() {}

    /** The three map fonts at a scale (1 = the sizes above). */
    record Fonts(double scale, Font name, Font detail, Font small) {
        static Fonts of(double scale) {
            if (scale == 1.0) return FULL;
            return new Fonts(scale, NAME.deriveFont((float) (NAME.getSize2D() * scale)),
                    DETAIL.deriveFont((float) (DETAIL.getSize2D() * scale)), SMALL.deriveFont((float) (SMALL.getSize2D() * scale)));
        }

        static final Fonts FULL = new Fonts(1.0, NAME, DETAIL, SMALL);
    }

    /**
     * A label broken in two lines, at the space or after the hyphen that makes the longer line shortest
     * ("2024 mutual-" / "assistance pact"); a single word stays whole.
     */
    static String[] twoLines(String s) {
        int best = -1, bestLen = Integer.MAX_VALUE;
        for (int i = 1; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-') continue;
            // a space is dropped, a hyphen stays at the end of the first line
            int len = Math.max(c == ' ' ? i : i + 1, s.length() - i - 1);
            if (len < bestLen) {
                bestLen = len;
                best = i;
            }
        }
        if (best < 0) return new String[]{s};
        return s.charAt(best) == ' ' ? new String[]{s.substring(0, best), s.substring(best + 1)}
                : new String[]{s.substring(0, best + 1), s.substring(best + 1)};
    }

    /** The text's advance width in pixels. */
    static double width(String s, Font font, FontRenderContext frc) {
        return s == null || s.isEmpty() ? 0 : font.getStringBounds(s, frc).getWidth();
    }

    /** Draws text with its baseline starting at (x, y), over a white halo. */
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

    /**
     * Lines of text in one font, each centred in a measured box: what the map places, tests for overlaps, and draws.
     * The box is the lines' logical bounds (full ascent and descent) plus {@link #PAD}.
     */
    static final class Block {
        final String[] lines;
        final Font font;
        final Color color;
        final double[] widths;
        final double ascent;
        final double lineHeight;
        final double width;
        final double height;

        Block(FontRenderContext frc, Font font, Color color, String... lines) {
            this.lines = lines;
            this.font = font;
            this.color = color;
            LineMetrics lm = font.getLineMetrics("Hgy,|", frc);
            this.ascent = lm.getAscent();
            this.lineHeight = lm.getAscent() + lm.getDescent();
            this.widths = new double[lines.length];
            double w = 0;
            for (int i = 0; i < lines.length; i++) {
                widths[i] = width(lines[i], font, frc);
                w = Math.max(w, widths[i]);
            }
            this.width = w + 2 * PAD;
            this.height = lines.length * lineHeight + 2 * PAD;
        }

        /** The box when the block's centre is at (cx, cy). */
        Rectangle2D boxAt(double cx, double cy) {
            return new Rectangle2D.Double(cx - width / 2, cy - height / 2, width, height);
        }

        /**
         * Draws the lines in the box, the first line's top {@code inset} below the box's top; with a backdrop, over a
         * nearly opaque white rounded rectangle first, so that a line or the front behind the block does not cut its
         * letters (and a label set on its own line interrupts it).
         */
        void draw(Graphics2D g, Rectangle2D box, boolean backdrop, double inset) {
            if (backdrop) {
                g.setColor(new Color(255, 255, 255, 235));
                g.fill(new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 8, 8));
            }
            for (int i = 0; i < lines.length; i++) {
                double x = box.getCenterX() - widths[i] / 2;
                Text.draw(g, lines[i], font, color, x, box.getY() + inset + ascent + i * lineHeight);
            }
        }
    }
}
