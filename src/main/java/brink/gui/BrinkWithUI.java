package brink.gui;

import brink.model.BrinkModel;
import brink.model.EventType;
import brink.model.RunRecord;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSampler;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.network.NetworkPortrayal2D;
import sim.portrayal.network.SpatialNetwork2D;
import sim.util.Properties;

import javax.swing.BorderFactory;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The classroom GUI on MASON's {@link Console}: a map of the six actors, the escalation ladder,
 * live charts, a narrative log, event buttons and a parameter inspector, all over the same
 * {@link BrinkModel} the command line runs. The model never knows this class exists; everything
 * here reads the model after each day and writes only parameters and injected events, under
 * the schedule's lock.
 *
 * <p>Seeding matches the command line: the Console's seed S gives the run {@code brink run --seed S}
 * gives (generator key {@link Seeds#key}(S, 0, 0), parameters sampled from it before the start).
 */
public class BrinkWithUI extends GUIState {
    private Scenario scenario;
    private ScenarioSampler sampler;
    private final NarrativeLog log = new NarrativeLog();
    private final ActorMap map = new ActorMap();
    private final LiveCharts charts = new LiveCharts();
    private final LadderPanel ladder = new LadderPanel();
    private final ParameterProperties properties;
    private final EventPanel events;
    private final JLabel headline = new JLabel("<html>&nbsp;<br>&nbsp;</html>"); // two lines from the start: the map does not resize at day 0

    /** The map's size at scale 1 (the field's 100 x 80 units); the window scales it to fit. */
    static final int DISPLAY_WIDTH = 800;
    static final int DISPLAY_HEIGHT = 640;
    private Display2D display;
    private final Map<String, JFrame> frames = new LinkedHashMap<>();
    /** True between start (or load) and finish: injections are accepted. */
    private volatile boolean running;

    private final Steppable daily = new Steppable() {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState s) {
            showDay((BrinkModel) s, false);
        }
    };

    public BrinkWithUI(Scenario scenario) {
        this(scenario, new ScenarioSampler(scenario));
    }

    private BrinkWithUI(Scenario scenario, ScenarioSampler sampler) {
        super(new BrinkModel(sampler.parameters(), new RunRecord(scenario.horizonDays())));
        this.scenario = scenario;
        this.sampler = sampler;
        this.properties = new ParameterProperties(scenario, this::model);
        this.events = new EventPanel(this::inject);
        log.setScenario(scenario);
    }

    public static String getName() { return "Brink"; }

    public static Object getInfo() {
        return "<html><h2>Brink</h2><p>Six actors on an escalation ladder around North Korea's troops in Russia "
                + "(late October 2024). Press play to watch them day by day; change a parameter in the Model tab; "
                + "inject an event with the buttons; read why each actor acted in the narrative log.</p></html>";
    }

    public BrinkModel model() { return (BrinkModel) state; }
    public Scenario scenario() { return scenario; }

    // ------------------------------------------------------------------ MASON life cycle

    @Override
    public void init(Controller c) {
        super.init(c);
        display = new Display2D(DISPLAY_WIDTH, DISPLAY_HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        LegendPortrayal legend = new LegendPortrayal(map);
        NetworkPortrayal2D edges = new NetworkPortrayal2D();
        edges.setField(new SpatialNetwork2D(map.space, map.relations));
        edges.setPortrayalForAll(new RelationPortrayal(map));
        ContinuousPortrayal2D nodes = new ContinuousPortrayal2D();
        nodes.setField(map.space);
        nodes.setPortrayalForAll(new NodePortrayal(map));
        display.attach(legend, "Key and front");
        display.attach(edges, "Relations");
        display.attach(nodes, "Actors");
        // captions and relation labels last, on their backdrops, over every line and circle
        display.attach(new LabelPortrayal(map), "Labels");
        JFrame mapFrame = display.createFrame();
        headline.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        headline.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        mapFrame.getContentPane().add(headline, BorderLayout.NORTH);
        register(c, "map", mapFrame, "Brink - actors and relations");
        mapFrame.addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) { fitMap(); }
        });

        register(c, "ladder", frameOf(ladder), "Escalation ladder");
        for (Map.Entry<String, org.jfree.chart.ChartPanel> e : charts.panels().entrySet()) {
            register(c, "chart " + e.getKey(), frameOf(e.getValue()), "Chart: " + e.getKey());
        }
        register(c, "log", frameOf(new JScrollPane(log.area())), "Narrative log");
        register(c, "events", frameOf(events), "Inject event");
        if (c instanceof Console) ScenarioMenu.install((Console) c, this);
        retitle();
    }

    /** Scales the map so that the whole field shows in its window. */
    void fitMap() {
        java.awt.Dimension view = display.display.getViewport().getExtentSize();
        if (view.width <= 0 || view.height <= 0) return;
        double scale = Math.min(view.width / (double) DISPLAY_WIDTH, view.height / (double) DISPLAY_HEIGHT);
        display.setScale(Math.max(0.2, scale * 0.995));
        display.repaint();
    }

    private static JFrame frameOf(java.awt.Component content) {
        JFrame f = new JFrame();
        f.getContentPane().add(content);
        return f;
    }

    private void register(Controller c, String key, JFrame frame, String title) {
        frame.setTitle(title);
        frame.setDefaultCloseOperation(JFrame.HIDE_ON_CLOSE);
        frames.put(key, frame);
        c.registerFrame(frame);
    }

    /** Samples the run's parameters from the Console's seed, then starts the model at day 0. */
    @Override
    public void start() {
        BrinkModel m = model();
        if (m.parameters() != sampler.parameters()) {
            // a loaded checkpoint carried its own parameters: a restart goes back to the scenario
            BrinkModel fresh = newModel();
            fresh.setSeed(m.seed());
            state = m = fresh;
        }
        m.seed(m.seed(), 0, 0);
        sampler.sample(m.rootSeed());
        properties.applyEdits(m.parameters());
        m.setNarrator(log);
        log.clear();
        log.note(String.format("Started %s with seed %d%s.", scenario.name(), m.seed(),
                properties.edits().isEmpty() ? "" : "; your parameter changes are kept: " + properties.edits().keySet()));
        super.start();
        attach(m, false);
    }

    /** Re-attaches the displays, charts, ladder and log to a state read from a checkpoint. */
    @Override
    public void load(SimState s) {
        super.load(s);
        BrinkModel m = model();
        m.setNarrator(log);
        log.clear();
        log.note(String.format("Checkpoint loaded at day %d (%s). The narrative before it is not stored in checkpoints.",
                m.day(), scenario.dateOf(m.day())));
        attach(m, true);
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof BrinkModel && ((BrinkModel) s).record() != null;
    }

    @Override
    public void finish() {
        running = false;
        super.finish();
    }

    @Override
    public void quit() {
        running = false;
        super.quit();
        for (JFrame f : frames.values()) f.dispose();
        if (display != null) display.quit();
    }

    @Override
    public Properties getSimulationProperties() { return properties; }

    @Override
    public int getMaximumPropertiesForInspector() { return 1000; }

    private void attach(BrinkModel m, boolean replayHistory) {
        scheduleRepeatingImmediatelyAfter(daily);
        synchronized (m.schedule) {
            showDay(m, replayHistory);
        }
        display.reset();
        display.repaint();
        running = true;
    }

    /** Copies today's state for the map (under the schedule's lock) and hands the panels a snapshot. */
    private void showDay(BrinkModel m, boolean fromDayZero) {
        int day = m.day();
        map.update(m, scenario.dateOf(day).toString());
        List<DaySnapshot> days = new ArrayList<>();
        for (int d = fromDayZero ? 0 : day; d <= day; d++) days.add(DaySnapshot.of(m, d, scenario.dateOf(d).toString()));
        boolean restart = fromDayZero || day == 0;
        String head = map.headline;
        SwingUtilities.invokeLater(() -> {
            if (restart) charts.clear();
            for (DaySnapshot s : days) charts.add(s);
            ladder.show(days.get(days.size() - 1));
            headline.setText(head);
        });
    }

    // ------------------------------------------------------------------ teacher's actions

    /**
     * Queues an event for the next day, exactly as the event buttons do. Thread-safe with the
     * Console's model thread: the queue is touched only under the schedule's lock.
     *
     * @return a message for the teacher
     */
    public String inject(EventType type, double amount) {
        int tomorrow;
        synchronized (state.schedule) {
            if (!running) return "Start the simulation first: press play (or pause, then step).";
            BrinkModel m = model();
            m.inject(type, amount);
            tomorrow = m.day() + 1;
        }
        String msg = String.format("Queued for day %d: %s%s (injected)", tomorrow, type.description().replace(" (amount)", ""),
                type.needsAmount() ? String.format(", %,.0f troops", amount) : "");
        log.note(msg);
        return msg;
    }

    /**
     * Loads another scenario file and restarts on it (the Scenario menu). Stops the run, swaps the
     * model, and starts paused at day 0 with the Console's seed.
     *
     * @throws ScenarioException when the file is not a valid scenario; nothing changes then
     */
    public void reloadScenario(Path file) throws ScenarioException {
        Scenario s = new ScenarioLoader().load(file);
        Console console = (Console) controller;
        console.pressStop();
        long seed = model().seed();
        scenario = s;
        sampler = new ScenarioSampler(s);
        properties.setScenario(s);
        log.setScenario(s);
        BrinkModel m = newModel();
        m.setSeed(seed);
        state = m;
        retitle();
        console.pressPause();
        if (console.getModelInspector() != null) console.getModelInspector().updateInspector();
    }

    private BrinkModel newModel() {
        return new BrinkModel(sampler.parameters(), new RunRecord(scenario.horizonDays()));
    }

    private void retitle() {
        JFrame f = frames.get("map");
        if (f != null) f.setTitle("Brink - " + scenario.title());
        if (controller instanceof Console) ((Console) controller).setTitle("Brink console - " + scenario.name());
    }

    // ------------------------------------------------------------------ for the launcher and tests

    Map<String, JFrame> frames() { return frames; }
    Display2D display() { return display; }
    LadderPanel ladderPanel() { return ladder; }
    LiveCharts charts() { return charts; }
    NarrativeLog log() { return log; }
    EventPanel events() { return events; }
    public ParameterProperties parameterProperties() { return properties; }
    ActorMap map() { return map; }
}
