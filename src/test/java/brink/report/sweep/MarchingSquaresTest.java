package brink.report.sweep;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MarchingSquaresTest {

    @Test
    void contourOfAPlaneLiesOnItsLevelLine() {
        double[] x = {0, 1, 2, 3, 4}, y = {0, 0.5, 1, 1.5, 2};
        double[][] z = new double[x.length][y.length];
        for (int i = 0; i < x.length; i++) for (int j = 0; j < y.length; j++) z[i][j] = x[i] + 2 * y[j];
        List<MarchingSquares.Segment> segs = MarchingSquares.contour(x, y, z, 3.3);
        assertThat(segs).isNotEmpty();
        for (MarchingSquares.Segment s : segs) {
            assertThat(s.x1() + 2 * s.y1()).isCloseTo(3.3, within(1e-9));
            assertThat(s.x2() + 2 * s.y2()).isCloseTo(3.3, within(1e-9));
        }
        // the line x + 2y = 3.3 runs from (3.3, 0) to (0, 1.65): its pieces add up to its length
        double length = segs.stream().mapToDouble(s -> Math.hypot(s.x2() - s.x1(), s.y2() - s.y1())).sum();
        assertThat(length).isCloseTo(Math.hypot(3.3, 1.65), within(1e-9));
    }

    @Test
    void levelOutsideTheDataGivesNoContourAndNaNCellsAreSkipped() {
        double[] x = {0, 1, 2}, y = {0, 1};
        double[][] z = {{0, 1}, {Double.NaN, 1}, {0, 1}};
        assertThat(MarchingSquares.contour(x, y, z, 5)).isEmpty();
        assertThat(MarchingSquares.contour(x, y, z, 0.5)).isEmpty();
    }

    @Test
    void saddleCellGivesTwoSegments() {
        double[] x = {0, 1}, y = {0, 1};
        double[][] z = {{1, 0}, {0, 1}};
        assertThat(MarchingSquares.contour(x, y, z, 0.5)).hasSize(2);
    }
}
