package brink.report.sweep;

import brink.chart.ColorStops;
import org.jfree.chart.renderer.PaintScale;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;

/** A perceptually ordered colour ramp (dark blue, teal, yellow) over [lower, upper] for heatmaps. */
final class ColorRamp implements PaintScale, Serializable {
    private static final long serialVersionUID = 1L;
    private static final ColorStops SCALE = new ColorStops(new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
            new Color(0x21, 0x90, 0x8C), new Color(0x5D, 0xC8, 0x63), new Color(0xFD, 0xE7, 0x25));

    private final double lower;
    private final double upper;

    ColorRamp(double lower, double upper) {
        this.lower = lower;
        this.upper = upper > lower ? upper : lower + 1e-9;
    }

    @Override public double getLowerBound() { return lower; }
    @Override public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) return Color.LIGHT_GRAY;
        return SCALE.at((value - lower) / (upper - lower));
    }
}
