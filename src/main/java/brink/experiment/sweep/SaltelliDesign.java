package brink.experiment.sweep;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Saltelli's (2010) sampling scheme for Sobol indices: a Sobol sequence of dimension 2k gives N
 * rows; the first k columns form matrix A, the last k matrix B, and AB_i is A with column i taken
 * from B. Points are laid out by base row: row j gives points j(k+2) + 0 (A_j), + 1 (B_j) and
 * + 2 + i (AB_i,j), N(k+2) points in all. The sequence's first point (all zeros) is skipped.
 */
public final class SaltelliDesign {
    private SaltelliDesign() {}

    public static final int A = 0;
    public static final int B = 1;

    /** Index of a point: base row j, block A, B, or 2 + i for AB_i. */
    public static int index(int j, int block, int k) { return j * (k + 2) + block; }

    /** The N(k+2) points in the unit cube, in the layout above. */
    public static double[][] unitMatrix(int n, int k) {
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.nextVector();
        double[][] x = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] v = sobol.nextVector();
            double[] a = java.util.Arrays.copyOfRange(v, 0, k);
            double[] b = java.util.Arrays.copyOfRange(v, k, 2 * k);
            x[index(j, A, k)] = a;
            x[index(j, B, k)] = b;
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                x[index(j, 2 + i, k)] = ab;
            }
        }
        return x;
    }
}
