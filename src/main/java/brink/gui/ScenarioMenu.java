package brink.gui;

import brink.scenario.ScenarioException;
import sim.display.Console;

import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Console's "Scenario" menu: the files under the scenarios folder, and "Open other...".
 * Picking one reloads the scenario and restarts at day 0 (paused).
 */
final class ScenarioMenu {
    private ScenarioMenu() {}

    static void install(Console console, BrinkWithUI gui) {
        JMenuBar bar = console.getJMenuBar();
        if (bar == null) return;
        JMenu menu = new JMenu("Scenario");
        Path dir = scenarioDir(gui);
        for (Path file : scenarioFiles(dir)) {
            JMenuItem item = new JMenuItem(dir.relativize(file).toString());
            item.addActionListener(e -> pick(console, gui, file));
            menu.add(item);
        }
        menu.addSeparator();
        JMenuItem other = new JMenuItem("Open other scenario file...");
        other.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(dir.toFile());
            chooser.setFileFilter(new FileNameExtensionFilter("Scenario files (*.yaml, *.yml)", "yaml", "yml"));
            if (chooser.showOpenDialog(console) == JFileChooser.APPROVE_OPTION) {
                pick(console, gui, chooser.getSelectedFile().toPath());
            }
        });
        menu.add(other);
        bar.add(menu);
        bar.revalidate();
    }

    /** The folder of the scenario the GUI opened with (normally scenarios/). */
    static Path scenarioDir(BrinkWithUI gui) {
        Path parent = gui.scenario().file().toAbsolutePath().getParent();
        return parent == null ? Path.of("scenarios").toAbsolutePath() : parent;
    }

    /** Scenario files in a folder (not its sweeps/ subfolder), by name. */
    static List<Path> scenarioFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && (p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void pick(Console console, BrinkWithUI gui, Path file) {
        try {
            gui.reloadScenario(file);
        } catch (ScenarioException ex) {
            JOptionPane.showMessageDialog(console, ex.getMessage(), "Cannot load this scenario", JOptionPane.ERROR_MESSAGE);
        }
    }
}
