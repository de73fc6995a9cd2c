package brink.chart;

import java.awt.Color;

/** A colour scale given by evenly spaced stops, interpolated linearly in RGB. */
public final class ColorStops {
    private final Color[] stops;

    public ColorStops(Color... stops) {
        if (stops.length < 2) throw new IllegalArgumentException("a colour scale needs at least two stops");
        this.stops = stops.clone();
    }

    /** The colour at position t in [0, 1] (clamped). */
    public Color at(double t) {
        double x = Math.max(0.0, Math.min(1.0, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = stops[i], b = stops[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
