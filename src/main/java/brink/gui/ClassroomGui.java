package brink.gui;

import brink.scenario.Scenario;
import sim.display.Console;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Opens the classroom GUI: a {@link BrinkWithUI} in a MASON {@link Console}, with its windows
 * tiled over the screen for a projector. Also closes it without ending the JVM (tests, scenario
 * switching); closing the Console window by hand quits as MASON does.
 */
public final class ClassroomGui {
    private final BrinkWithUI gui;
    private final Console console;
    private final CountDownLatch closed = new CountDownLatch(1);

    private ClassroomGui(BrinkWithUI gui, Console console) {
        this.gui = gui;
        this.console = console;
    }

    /**
     * Builds and shows the GUI on the event thread.
     *
     * @param seed the Console's starting seed, or null for MASON's default (the clock)
     */
    public static ClassroomGui open(Scenario scenario, Long seed) throws InterruptedException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("no display: the GUI needs a screen (or xvfb-run)");
        }
        AtomicReference<ClassroomGui> out = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                BrinkWithUI gui = new BrinkWithUI(scenario);
                if (seed != null) gui.state.setSeed(seed);
                Console console = new Console(gui);
                // stop + play repeats the same history, so a class can compare one change at a time
                // (MASON's default moves to the next seed; the Console tab's checkbox turns it back on)
                console.setIncrementSeedOnStop(false);
                ClassroomGui g = new ClassroomGui(gui, console);
                console.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) { g.closed.countDown(); }
                });
                g.arrange();
                console.setVisible(true);
                out.set(g);
            });
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) throw (RuntimeException) cause;
            throw new IllegalStateException(cause);
        }
        return out.get();
    }

    public BrinkWithUI gui() { return gui; }
    public Console console() { return console; }

    /** Blocks until the Console is closed. */
    public void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Tiles the windows over the screen: map, ladder and Console on top; log, charts and events below. */
    private void arrange() {
        Rectangle s = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        int w = s.width, h = s.height, top = (int) (h * 0.56), x0 = s.x, y0 = s.y;
        int c1 = (int) (w * 0.40), c2 = (int) (w * 0.26);
        int c3 = w - c1 - c2;
        gui.frames().get("map").setBounds(x0, y0, c1, top);
        gui.frames().get("ladder").setBounds(x0 + c1, y0, c2, top);
        console.setBounds(x0 + c1 + c2, y0, c3, top);
        gui.frames().get("log").setBounds(x0, y0 + top, c1, h - top);
        List<String> charts = List.of("chart " + LiveCharts.CASUALTIES, "chart " + LiveCharts.MANPOWER,
                "chart " + LiveCharts.ESCALATION, "chart " + LiveCharts.PRESSURE);
        int step = 28;
        for (int i = 0; i < charts.size(); i++) {
            int back = charts.size() - 1 - i;
            gui.frames().get(charts.get(i)).setBounds(x0 + c1 + step * back, y0 + top + step * back,
                    c2 - step * back, h - top - step * back);
        }
        gui.frames().get("events").setBounds(x0 + c1 + c2, y0 + top, c3, h - top);
        for (JFrame f : gui.frames().values()) f.setVisible(true);
        for (String c : charts) gui.frames().get(c).toFront();
        SwingUtilities.invokeLater(gui::fitMap);
    }

    /** Stops the run and disposes every window, without the JVM exit MASON's own close would do. */
    public void close() throws InterruptedException {
        try {
            SwingUtilities.invokeAndWait(() -> {
                console.pressStop();
                gui.quit();
                Console.allControllers.remove(console);
                console.dispose();
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        closed.countDown();
    }
}
