package brink.stats;

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

    /**
     * A metric that is exactly 0 in most runs (NK troops in combat) and one exactly at its maximum
     * in many (Kursk retaken, 1.0): every quantile that falls among those runs is the atom itself,
     * not a value interpolated across the bin that holds it (which read 47 soldiers for a median
     * of 0); the others stay within one bin width of the exact order statistic.
     */
    @Test
    void pointMassesAtTheExtremesAreExact() {
        MersenneTwister rng = new MersenneTwister(99);
        int n = 1000;
        double[] mostlyZero = new double[n], oftenAtMax = new double[n];
        for (int i = 0; i < n; i++) {
            mostlyZero[i] = rng.nextDouble() < 0.6 ? 0 : 24_000 * rng.nextDouble();
            oftenAtMax[i] = rng.nextDouble() < 0.3 ? 1.0 : 0.2 + 0.8 * rng.nextDouble();
        }
        for (double[] values : new double[][]{mostlyZero, oftenAtMax}) {
            StreamingQuantiles one = StreamingQuantiles.continuous(1), buffered = StreamingQuantiles.continuous(1);
            StreamingQuantiles.Buffer buffer = buffered.buffer(64);
            for (double v : values) {
                one.add(0, v);
                if (buffer.isFull()) buffer.flush();
                buffer.addRow(new double[]{v});
            }
            buffer.flush();
            assertThat(one.binWidth(0)).as("the atom's bin is wide: interpolating in it would be far off").isGreaterThan(1e-3);
            for (int k = 1; k <= 100; k++) {
                double p = k / 100.0; // not summed: p * N must be the rank R_1 takes
                double exact = exact(values, p);
                boolean atAtom = exact == one.min(0) || exact == one.max(0);
                for (StreamingQuantiles q : new StreamingQuantiles[]{one, buffered}) {
                    if (atAtom) assertThat(q.quantile(0, p)).as("p=%s", p).isEqualTo(exact);
                    else assertThat(q.quantile(0, p)).as("p=%s", p).isCloseTo(exact, within(q.binWidth(0)));
                }
            }
            assertThat(buffered.countAtMin(0)).isEqualTo(one.countAtMin(0));
            assertThat(buffered.countAtMax(0)).isEqualTo(one.countAtMax(0));
        }
        assertThat(StreamingQuantilesTest.exact(mostlyZero, 0.5)).as("the case the atoms are for").isZero();
    }

    @Test
    void atomsMergeWhateverTheSplit() {
        // parts whose minima differ (only some hold the global minimum) and parts that share it
        double[][] parts = {{0, 0, 5, 9}, {2, 3, 9, 9}, {0, 4, 7, 9}, {}};
        StreamingQuantiles whole = StreamingQuantiles.continuous(1), merged = StreamingQuantiles.continuous(1);
        for (double[] part : parts) {
            StreamingQuantiles q = StreamingQuantiles.continuous(1);
            for (double v : part) {
                q.add(0, v);
                whole.add(0, v);
            }
            merged.merge(q);
        }
        assertThat(merged.countAtMin(0)).isEqualTo(3).isEqualTo(whole.countAtMin(0));
        assertThat(merged.countAtMax(0)).isEqualTo(4).isEqualTo(whole.countAtMax(0));
        for (double p = 0.05; p <= 1.0; p += 0.05) assertThat(merged.quantile(0, p)).isEqualTo(whole.quantile(0, p));
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
    void bufferedAddingEqualsAddingOneByOne() {
        // two cells fed alternately from every sample (one of them reversed), flushed whenever the
        // buffer says so: the ranges first grow value by value (kept values), then settle (slots)
        for (double[] values : samples()) {
            StreamingQuantiles one = StreamingQuantiles.continuous(2), buffered = StreamingQuantiles.continuous(2);
            StreamingQuantiles.Buffer buffer = buffered.buffer(7);
            int flushes = 0;
            for (int i = 0; i < values.length; i++) {
                double other = values[values.length - 1 - i];
                one.add(0, values[i]);
                one.add(1, other);
                if (buffer.isFull()) {
                    buffer.flush();
                    flushes++;
                }
                buffer.addRow(new double[]{values[i], other});
            }
            buffer.flush();
            assertThat(flushes).isGreaterThan(values.length / 7 - 1);
            for (int cell = 0; cell < 2; cell++) {
                assertThat(buffered.count(cell)).isEqualTo(one.count(cell));
                assertThat(buffered.binWidth(cell)).isEqualTo(one.binWidth(cell));
                assertThat(buffered.min(cell)).isEqualTo(one.min(cell));
                assertThat(buffered.max(cell)).isEqualTo(one.max(cell));
                for (double p = 0.01; p <= 1.0; p += 0.01) {
                    assertThat(buffered.quantile(cell, p)).as("cell %d p=%s", cell, p).isEqualTo(one.quantile(cell, p));
                }
            }
        }
    }

    @Test
    void bufferedValuesBeyondTheWindowAndNaNAreAddedAsByAdd() {
        StreamingQuantiles one = StreamingQuantiles.discrete(1), buffered = StreamingQuantiles.discrete(1);
        StreamingQuantiles.Buffer buffer = buffered.buffer(64);
        double[] values = {3, 3, 4, Double.NaN, 11, 0, 3, 5, 5, 11, 4, 4, 3};
        buffer.addRow(new double[]{values[0]});
        assertThat(buffered.count(0)).as("nothing reaches the histogram before the flush").isZero();
        one.add(0, values[0]);
        for (int i = 1; i < values.length; i++) {
            one.add(0, values[i]);
            if (buffer.isFull()) buffer.flush();
            buffer.addRow(new double[]{values[i]});
        }
        buffer.flush();
        assertThat(buffered.count(0)).isEqualTo(values.length);
        assertThat(buffered.min(0)).isEqualTo(one.min(0));
        for (double p = 0.05; p <= 1.0; p += 0.05) assertThat(buffered.quantile(0, p)).isEqualTo(one.quantile(0, p));
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
