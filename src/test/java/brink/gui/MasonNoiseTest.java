package brink.gui;

import org.junit.jupiter.api.Test;
import sim.display.Console;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MASON's Console reads {@code sim/display/simulation.classes} when it starts and prints
 * "WARNING: Not all classes loaded, due to error: probably no Java3D" when a class listed there
 * cannot be loaded (its own list names the 3D demos, whose libraries Brink leaves out). Brink's
 * jar carries its own list, which the Console finds first: every class it names loads.
 */
class MasonNoiseTest {
    @Test
    void theConsoleReadsBrinksClassListInWhichEveryClassLoads() throws Exception {
        String list;
        try (InputStream in = Console.class.getResourceAsStream("simulation.classes")) {
            assertThat(in).isNotNull();
            list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(list).contains("Brink's list").doesNotContain("sim.app.");
        for (String line : list.lines().map(l -> l.replaceFirst("#.*", "").trim()).toList()) {
            if (line.isEmpty() || line.equals("ONLY") || line.startsWith("NAME:")) continue;
            assertThat(Class.forName(line)).as(line).isNotNull();
        }
    }
}
