package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReplicationTest {
    @Test
    void theDirectLoopRunsExactlyTheSameReplicationsAsTheSchedule() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        Replication viaSchedule = new Replication(s), direct = new Replication(s);
        for (int i = 0; i < 20; i++) {
            RunRecord a = viaSchedule.run(3, 0, i);
            RunRecord b = direct.runDirect(3, 0, i);
            assertThat(b.days()).isEqualTo(a.days()).isEqualTo(s.horizonDays());
            for (Metric m : Metric.values()) {
                for (int d = 0; d <= a.days(); d++) assertThat(b.value(m, d)).as("%s day %d run %d", m, d, i).isEqualTo(a.value(m, d));
            }
            for (Rung r : Rung.values()) assertThat(b.firstCrossedDay(r)).isEqualTo(a.firstCrossedDay(r));
            assertThat(b.maxRung()).isEqualTo(a.maxRung());
        }
    }
}
