package brink.report.sweep;

import brink.model.ParameterDef;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The sweep charts' text: factor labels that fit their axis whole, and a subtitle that names a Sobol N rightly. */
class SweepChartsTest {
    /**
     * Every parameter a sweep can name gets a label of at most {@link SweepCharts#LABEL_LINES} lines of at
     * most {@link SweepCharts#LABEL_WIDTH} characters, which reads back as its path: JFreeChart then has
     * nothing to cut (it breaks a longer line inside a word, and ends a label with too many lines with "...").
     */
    @Test
    void everyParameterPathWrapsIntoTheAxisLinesWhole() throws Exception {
        SweepSpec spec = new SweepLoader().load(Path.of("scenarios/sweeps/morris-actors.yaml"));
        int checked = 0;
        for (ParameterDef d : spec.base().catalog().all()) {
            String label = SweepCharts.wrapped(d.path(), SweepCharts.LABEL_WIDTH);
            String[] lines = label.split("\n");
            assertThat(lines.length).as(label).isLessThanOrEqualTo(SweepCharts.LABEL_LINES);
            for (String line : lines) assertThat(line.length()).as(label).isLessThanOrEqualTo(SweepCharts.LABEL_WIDTH);
            assertThat(String.join("", lines)).isEqualTo(d.path());
            checked++;
        }
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void aLongNameIsBrokenAfterAnUnderscoreNotInsideAWord() {
        assertThat(SweepCharts.wrapped("actors.nato.red_line.nato_russia_clash", 16))
                .isEqualTo("actors.nato.\nred_line.nato_\nrussia_clash");
        assertThat(SweepCharts.wrapped("actors.china.restraint", 44)).isEqualTo("actors.china.restraint");
    }

    @Test
    void theSobolSubtitleCallsTheBaseSamplesNAndCountsThePointsApart() throws Exception {
        SweepSpec sobol = new SweepLoader().load(Path.of("scenarios/sweeps/sobol-tail-rungs-3-years.yaml"));
        int points = (int) sobol.design().pointCount(sobol.options(), sobol.factors());
        assertThat(points).isEqualTo(256);
        assertThat(SweepCharts.subtitleText(sobol, points)).isEqualTo("sweep sobol_tail_rungs_3_years (sobol, N = 32 base samples): "
                + "256 points x 400 replications, base scenario baseline_3_years");
        SweepSpec morris = new SweepLoader().load(Path.of("scenarios/sweeps/morris-actors.yaml"));
        int morrisPoints = (int) morris.design().pointCount(morris.options(), morris.factors());
        assertThat(SweepCharts.subtitleText(morris, morrisPoints))
                .startsWith("sweep " + morris.name() + " (morris, r = " + morris.options().trajectories() + " trajectories): ");
    }
}
