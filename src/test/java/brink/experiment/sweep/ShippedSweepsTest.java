package brink.experiment.sweep;

import brink.scenario.sweep.Design;
import brink.scenario.sweep.SweepSpec;
import brink.scenario.sweep.SweepLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example sweeps load, have the designs the issue asks for, and stay small enough to run in minutes. */
class ShippedSweepsTest {
    /**
     * About four minutes on 2 shared cores: Model v2 ran the Sobol example's 983,040
     * replication-years in 142 s (about 3,500 per second per core, with other jobs on the machine).
     */
    private static final double MAX_REPLICATION_YEARS = 1_000_000;

    /** Every sweep file shipped in scenarios/sweeps/, in name order. */
    private static List<Path> shippedSweepFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("scenarios/sweeps"))) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void everyShippedSweepLoadsAndIsOfModestSize() throws Exception {
        List<Path> files = shippedSweepFiles();
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("nk-troops-x-nato-restraint.yaml",
                "lhs-8-factors.yaml", "sobol-widest-uncertainty.yaml", "morris-actors.yaml");
        for (Path f : files) {
            SweepSpec spec = new SweepLoader().load(f);
            long points = spec.design().pointCount(spec.options(), spec.factors());
            double years = points * (double) spec.replications() * spec.base().horizonDays() / 365.0;
            assertThat(years).as(f + " replication-years").isLessThanOrEqualTo(MAX_REPLICATION_YEARS);
            assertThat(Files.readString(f)).as(f + " states its size").contains("# Size:");
        }
    }

    /** The large sweeps (scenarios/sweeps/large/) run for minutes, not seconds: they load, state their size, and stay under ten million replication-years. */
    @Test
    void everyLargeSweepLoadsAndStatesItsSize() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios/sweeps/large"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("sobol-tail-rungs-3-years-x20.yaml");
        for (Path f : files) {
            SweepSpec spec = new SweepLoader().load(f);
            long points = spec.design().pointCount(spec.options(), spec.factors());
            double years = points * (double) spec.replications() * spec.base().horizonDays() / 365.0;
            assertThat(years).as(f + " replication-years").isGreaterThan(MAX_REPLICATION_YEARS).isLessThanOrEqualTo(10 * MAX_REPLICATION_YEARS);
            assertThat(Files.readString(f)).as(f + " states its size").contains("# Size:");
        }
        // the x20 file is the quick file's design with more replications: the same points, so its indices read against the quick ones
        SweepSpec quick = new SweepLoader().load(Path.of("scenarios/sweeps/sobol-tail-rungs-3-years.yaml"));
        SweepSpec large = new SweepLoader().load(Path.of("scenarios/sweeps/large/sobol-tail-rungs-3-years-x20.yaml"));
        assertThat(large.seed()).isEqualTo(quick.seed());
        assertThat(large.replications()).isEqualTo(20 * quick.replications());
        assertThat(large.factors()).extracting(brink.scenario.sweep.Factor::path).isEqualTo(quick.factors().stream().map(brink.scenario.sweep.Factor::path).toList());
        assertThat(large.options()).isEqualTo(quick.options());
    }

    @Test
    void theExamplesCoverEachDesignAndTheMorrisOneEveryActorParameter() throws Exception {
        assertThat(new SweepLoader().load(Path.of("scenarios/sweeps/nk-troops-x-nato-restraint.yaml")).factors()).hasSize(2);
        assertThat(new SweepLoader().load(Path.of("scenarios/sweeps/lhs-8-factors.yaml")).factors()).hasSize(8);
        SweepSpec sobol = new SweepLoader().load(Path.of("scenarios/sweeps/sobol-widest-uncertainty.yaml"));
        assertThat(sobol.design()).isEqualTo(Design.SOBOL);
        assertThat(sobol.factors()).hasSize(10);
        SweepSpec morris = new SweepLoader().load(Path.of("scenarios/sweeps/morris-actors.yaml"));
        assertThat(morris.design()).isEqualTo(Design.MORRIS);
        long actorParameters = morris.base().catalog().all().stream().filter(d -> d.path().startsWith("actors.")).count();
        assertThat(morris.factors()).hasSize((int) actorParameters);
    }

    /**
     * A Sobol file apportions the variance of the baseline's own uncertainty, so each factor spans its baseline
     * distribution's range exactly (the widest-uncertainty file once swept the US-lifts rule over U(0.2, 0.4) after
     * the calibration had widened the baseline's to U(0.05, 0.4)). Every shipped Sobol file says so in its header.
     */
    @Test
    void everySobolFileSweepsEachFactorOverItsBaselineDistributionsRange() throws Exception {
        List<Path> files = new java.util.ArrayList<>(shippedSweepFiles());
        try (Stream<Path> s = Files.list(Path.of("scenarios/sweeps/large"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        int sobolFiles = 0;
        for (Path file : files) {
            SweepSpec sobol = new SweepLoader().load(file);
            if (sobol.design() != Design.SOBOL) continue;
            sobolFiles++;
            for (brink.scenario.sweep.Factor f : sobol.factors()) {
                brink.scenario.ParameterDistribution d = sobol.base().parameter(f.key()).distribution();
                assertThat(new double[]{f.min(), f.max()})
                        .as(file.getFileName() + ": " + f.path() + " against the baseline's " + d.describe())
                        .containsExactly(d.lower(), d.upper());
            }
        }
        assertThat(sobolFiles).as("Sobol files in scenarios/sweeps").isGreaterThanOrEqualTo(2);
    }
}
