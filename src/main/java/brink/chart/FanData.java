package brink.chart;

/**
 * One metric's spread over time: for each day, the 5th, 25th, 50th, 75th and 95th percentiles
 * across runs. Arrays are parallel and indexed by row, not by day.
 */
public record FanData(double[] days, double[] p5, double[] p25, double[] p50, double[] p75, double[] p95) {
    public FanData {
        int n = days.length;
        if (p5.length != n || p25.length != n || p50.length != n || p75.length != n || p95.length != n) {
            throw new IllegalArgumentException("fan arrays differ in length");
        }
    }

    public int size() { return days.length; }

    /** The same fan with every value multiplied (e.g. a share shown in percent). */
    public FanData scaled(double factor) {
        return new FanData(days, times(p5, factor), times(p25, factor), times(p50, factor), times(p75, factor), times(p95, factor));
    }

    private static double[] times(double[] a, double f) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) r[i] = a[i] * f;
        return r;
    }
}
