package brink.report.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * The contour line z = level over a rectangular grid, as segments (marching squares). Each cell
 * is cut where the level falls between two corner values along an edge (linear interpolation);
 * a saddle cell (four cuts) is resolved by the mean of its corners.
 */
public final class MarchingSquares {
    private MarchingSquares() {}

    /** A segment in grid coordinates from (x1, y1) to (x2, y2). */
    public record Segment(double x1, double y1, double x2, double y2) {}

    /**
     * @param x     the grid's x coordinates (length nx)
     * @param y     the grid's y coordinates (length ny)
     * @param z     z[i][j] at (x[i], y[j]); NaN cells are skipped
     */
    public static List<Segment> contour(double[] x, double[] y, double[][] z, double level) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i + 1 < x.length; i++) {
            for (int j = 0; j + 1 < y.length; j++) {
                double a = z[i][j], b = z[i + 1][j], c = z[i + 1][j + 1], d = z[i][j + 1];
                if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) continue;
                // corners in order around the cell: (i,j) -> (i+1,j) -> (i+1,j+1) -> (i,j+1)
                double[][] p = {{x[i], y[j], a}, {x[i + 1], y[j], b}, {x[i + 1], y[j + 1], c}, {x[i], y[j + 1], d}};
                List<double[]> cuts = new ArrayList<>(4);
                for (int e = 0; e < 4; e++) {
                    double[] u = p[e], v = p[(e + 1) % 4];
                    if ((u[2] >= level) != (v[2] >= level)) {
                        double f = (level - u[2]) / (v[2] - u[2]);
                        cuts.add(new double[]{u[0] + f * (v[0] - u[0]), u[1] + f * (v[1] - u[1])});
                    }
                }
                if (cuts.size() == 2) {
                    out.add(seg(cuts.get(0), cuts.get(1)));
                } else if (cuts.size() == 4) {
                    boolean centreAbove = (a + b + c + d) / 4 >= level;
                    boolean aAbove = a >= level;
                    // cuts are on edges 0 (a-b), 1 (b-c), 2 (c-d), 3 (d-a); join around the corners the centre differs from
                    if (centreAbove == aAbove) {
                        out.add(seg(cuts.get(0), cuts.get(1)));
                        out.add(seg(cuts.get(2), cuts.get(3)));
                    } else {
                        out.add(seg(cuts.get(3), cuts.get(0)));
                        out.add(seg(cuts.get(1), cuts.get(2)));
                    }
                }
            }
        }
        return out;
    }

    private static Segment seg(double[] u, double[] v) { return new Segment(u[0], u[1], v[0], v[1]); }
}
