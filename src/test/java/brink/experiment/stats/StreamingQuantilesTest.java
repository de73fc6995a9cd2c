package brink.experiment.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StreamingQuantilesTest {
    private static final double[] PS = {0.05, 0.25, 0.5, 0.75, 0.95};

    /** Exact quantile: the ceil(pN)-th order statistic (Commons Math R_1), the statistic the histogram brackets. */
    private static double exact(double[] values, double p) {
        return new Percentile().withEstimationType(Percentile.EstimationType.R_1).evaluate(values, 100 * p);
    }

    private static double[][] samples() {
        MersenneTwister rng = new MersenneTwister(12345);
        int n = 500;
        double[] normal = new double[n], lognormal = new double[n], offset = new double[n], skewed = new double[n],
                withTies = new double[n], negative = new double[n];
        for (int i = 0; i < n; i++) {
            normal[i] = 5 + 2 * rng.nextGaussian();
            lognormal[i] = Math.exp(1.5 * rng.nextGaussian());
            offset[i] = 650_000 + 3_000 * rng.nextGaussian(); // cumulative casualties: big offset, small spread
            skewed[i] = rng.nextDouble() < 0.8 ? 0 : 1000 * rng.nextDouble(); // mostly zero (NK lost early on)
            withTies[i] = Math.floor(10 * rng.nextDouble()) / 10;
            negative[i] = -3 - rng.nextDouble();
        }
        return new double[][]{normal, lognormal, offset, skewed, withTies, negative};
    }

    @Test
    void quantilesAreWithinOneBinWidthOfTheExactOrderStatistic() {
        for (double[] values : samples()) {
            StreamingQuantiles q = StreamingQuantiles.continuous(1);
            for (double v : values) q.add(0, v);
            double range = Arrays.stream(values).max().getAsDouble() - Arrays.stream(values).min().getAsDouble();
            double width = q.binWidth(0);
            // the stated bound: bin width below 2 * range / (bins - 1), i.e. < 0.8% of the range with 256 bins
            assertThat(width).isLessThan(Math.max(2 * range / (q.bins() - 1), Math.scalb(1.0, StreamingQuantiles.CONTINUOUS_MIN_EXPONENT)));
            for (double p : PS) {
                assertThat(q.quantile(0, p)).as("p=%s", p).isCloseTo(exact(values, p), within(width));
            }
        }
    }

    @Test
    void discreteCellsAreExact() {
        Random rng = new Random(7);
        double[] values = new double[333];
        StreamingQuantiles q = StreamingQuantiles.discrete(1);
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.min(11, (int) Math.floor(-3 * Math.log(1 - rng.nextDouble())));
            q.add(0, values[i]);
        }
        for (double p : PS) assertThat(q.quantile(0, p)).isEqualTo(exact(values, p));
    }

    @Test
    void aConstantCellIsReportedExactly() {
        StreamingQuantiles q = StreamingQuantiles.continuous(2);
        for (int i = 0; i < 50; i++) {
            q.add(0, 0.0);
            q.add(1, 654_430.0);
        }
        for (double p : PS) {
            assertThat(q.quantile(0, p)).isEqualTo(0.0);
            assertThat(q.quantile(1, p)).isEqualTo(654_430.0);
        }
    }

    @Test
    void mergingPartsGivesTheSameHistogramWhateverTheSplit() {
        for (double[] values : samples()) {
            StreamingQuantiles whole = StreamingQuantiles.continuous(1);
            for (double v : values) whole.add(0, v);
            // split in an uneven, interleaved way, merged in another order
            StreamingQuantiles a = StreamingQuantiles.continuous(1), b = StreamingQuantiles.continuous(1),
                    c = StreamingQuantiles.continuous(1);
            for (int i = 0; i < values.length; i++) {
                (i % 7 == 0 ? a : i % 3 == 0 ? b : c).add(0, values[values.length - 1 - i]);
            }
            StreamingQuantiles merged = StreamingQuantiles.continuous(1);
            merged.merge(c);
            merged.merge(a);
            merged.merge(b);
            assertThat(merged.count(0)).isEqualTo(whole.count(0));
            assertThat(merged.binWidth(0)).isEqualTo(whole.binWidth(0));
            for (double p = 0.01; p <= 1.0; p += 0.01) {
                assertThat(merged.quantile(0, p)).as("p=%s", p).isEqualTo(whole.quantile(0, p));
            }
        }
    }

    @Test
    void addingInBatchesEqualsAddingOneByOne() {
        for (double[] values : samples()) {
            StreamingQuantiles one = StreamingQuantiles.continuous(1), batched = StreamingQuantiles.continuous(1);
            for (double v : values) one.add(0, v);
            // batches of 7 read with a stride of 2 from an interleaved array (as RunBatch lays them out)
            double[] interleaved = new double[2 * values.length];
            for (int i = 0; i < values.length; i++) interleaved[2 * i + 1] = values[i];
            for (int start = 0; start < values.length; start += 7) {
                batched.addAll(0, interleaved, 2 * start + 1, 2, Math.min(7, values.length - start));
            }
            assertThat(batched.count(0)).isEqualTo(one.count(0));
            assertThat(batched.binWidth(0)).isEqualTo(one.binWidth(0));
            assertThat(batched.min(0)).isEqualTo(one.min(0));
            assertThat(batched.max(0)).isEqualTo(one.max(0));
            for (double p = 0.01; p <= 1.0; p += 0.01) assertThat(batched.quantile(0, p)).isEqualTo(one.quantile(0, p));
        }
    }

    @Test
    void countsBeyondTheLowPartAreKept() {
        // 150,000 values in one bin (its 8-bit low part wraps hundreds of times), 50,000 in another
        StreamingQuantiles a = StreamingQuantiles.continuous(1), b = StreamingQuantiles.continuous(1);
        for (int i = 0; i < 100_000; i++) a.add(0, 1.0);
        for (int i = 0; i < 50_000; i++) b.add(0, 1.0);
        for (int i = 0; i < 50_000; i++) b.add(0, 1000.0);
        a.merge(b);
        assertThat(a.count(0)).isEqualTo(200_000);
        assertThat(a.quantile(0, 0.74)).isCloseTo(1.0, within(a.binWidth(0)));
        assertThat(a.quantile(0, 0.76)).isCloseTo(1000.0, within(a.binWidth(0)));
    }

    @Test
    void anEmptyCellHasNoQuantile() {
        assertThat(StreamingQuantiles.continuous(1).quantile(0, 0.5)).isNaN();
    }
}
