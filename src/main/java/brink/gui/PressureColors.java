package brink.gui;

import brink.chart.ColorStops;

import java.awt.Color;

/**
 * The one colour scale for an actor's pressure, shared by the map, its legend and the ladder:
 * green when calm, through yellow and orange, to red at {@link #MAX} and above.
 */
final class PressureColors {
    /** Pressure at which the scale is fully red; the articles' red lines lie between about 1 and 4. */
    static final double MAX = 3.0;
    private static final ColorStops SCALE = new ColorStops(
            new Color(46, 160, 67), new Color(240, 200, 40), new Color(240, 120, 30), new Color(200, 30, 30));

    private PressureColors() {}

    static Color of(double pressure) {
        return SCALE.at(pressure / MAX);
    }

    /** A colour for a rung by severity (0 = first rung, 1 = nuclear use), on the same scale. */
    static Color ofSeverity(double severity) {
        return of(severity * MAX);
    }
}
