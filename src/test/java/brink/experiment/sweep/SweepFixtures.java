package brink.experiment.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Sweep files for tests: the project's baseline copied beside a short-horizon variant. */
public final class SweepFixtures {
    private SweepFixtures() {}

    /** Copies baseline.yaml into dir and adds short.yaml (baseline with a shorter horizon). */
    public static void scenarios(Path dir, int horizonDays) throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.writeString(dir.resolve("short.yaml"), "extends: baseline.yaml\nname: short\nhorizon_days: " + horizonDays + "\n");
    }

    static Path sweep(Path dir, String name, String body) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, body);
        return f;
    }

    static final String OUTCOMES = """
            outcomes:
              - {kind: probability, rung: strike_restrictions_lifted, within_days: 60}
              - {kind: median, metric: russian_casualties}
              - {kind: median_day, rung: nk_combat_in_kursk}
              - {kind: mean, metric: nk_defected}
            """;

    static final String GRID = """
            scenario: short.yaml
            seed: 42
            replications: 6
            design: {type: grid, points_per_factor: 3}
            factors:
              - {path: actors.north_korea.troops, min: 0, max: 60000}
              - {path: actors.nato.red_line.strike_restrictions_lifted, levels: [0.8, 1.2, 2.0]}
            """ + OUTCOMES;
}
