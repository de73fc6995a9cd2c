package brink.gui;

import brink.experiment.Replication;
import brink.model.BrinkModel;
import brink.model.EventType;
import brink.model.ParameterDef;
import brink.model.ParameterKey;
import brink.scenario.Scenario;
import sim.field.network.Edge;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.network.EdgeDrawInfo2D;
import sim.util.Bag;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * For the map's layout tests, without a screen: the map at a day of a run (events injected as the teacher clicks
 * them), the list of what overlaps in its layout, and the map painted by the real portrayals into an image.
 */
final class MapLayoutCheck {
    /** Pixels per field unit of the map's window on a 1600 x 1000 screen (Display2D scale 0.7649, see ClassroomGuiTest). */
    static final double DEFAULT_UNIT = 800 * 0.7649 / ActorMap.WIDTH;

    private MapLayoutCheck() {}

    /** A run of the GUI's model: seed, events by the day they are clicked (they happen the next day), parameter edits. */
    static final class Run {
        final long seed;
        final Map<Integer, EventType> clicks = new TreeMap<>();
        final Map<String, Double> edits = new TreeMap<>();

        Run(long seed) { this.seed = seed; }

        Run click(int day, EventType e) {
            clicks.put(day, e);
            return this;
        }

        Run edit(String path, double value) {
            edits.put(path, value);
            return this;
        }

        /** The map as the GUI shows it at each of the days (ascending). */
        List<ActorMap> maps(Scenario scenario, int... days) {
            Replication r = new Replication(scenario);
            ParameterDef[] pinned = new ParameterDef[edits.size()];
            double[] values = new double[edits.size()];
            int i = 0;
            for (Map.Entry<String, Double> e : edits.entrySet()) {
                ParameterKey key = ParameterKey.parse(e.getKey()).orElseThrow();
                pinned[i] = scenario.catalog().all().stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
                values[i++] = e.getValue();
            }
            // as the GUI: parameters sampled from the seed, the edits applied over them, then day 0
            r.start(seed, 0, 0, pinned, values);
            BrinkModel m = r.model();
            List<ActorMap> out = new ArrayList<>();
            for (int day : days) {
                while (m.day() < day) {
                    EventType click = clicks.get(m.day());
                    if (click != null) m.inject(click, click.needsAmount() ? 5000 : 0);
                    m.stepDayDirectly();
                }
                ActorMap map = new ActorMap();
                map.update(m, scenario.dateOf(day).toString());
                out.add(map);
            }
            return out;
        }
    }

    /** Field origin at (0, 0), text measured as the display measures it (antialiased). */
    static MapLayout layout(ActorMap map, double unit) {
        return map.layout(0, 0, unit, graphics(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB)).getFontRenderContext());
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    /**
     * What is wrong with a layout, one sentence a problem: a text box outside the map (or over the key strip), two
     * boxes that overlap, a box over a circle, the troops square or the alert ring (a name may sit on its own circle),
     * a box that a relation's line or arrowhead runs through (but a label placed on its own line, over its backdrop),
     * a box without a backdrop that the front line runs through (the others are drawn over it), a relation's line
     * through a circle or the square other than its own two ends.
     */
    static List<String> problems(MapLayout l) {
        return problems(l, 0);
    }

    /** As {@link #problems(MapLayout)}, every text box grown by {@code margin} pixels: the clearances must be at least that. */
    static List<String> problems(MapLayout l, double margin) {
        List<String> out = new ArrayList<>();
        List<MapLayout.Label> labels = new ArrayList<>();
        for (MapLayout.Label a : l.allLabels()) {
            Rectangle2D b = a.box();
            labels.add(new MapLayout.Label(a.role(), a.owner(), a.block(), new Rectangle2D.Double(b.getX() - margin / 2, b.getY() - margin / 2,
                    b.getWidth() + margin, b.getHeight() + margin), a.backdrop(), a.inset()));
        }
        Rectangle2D area = new Rectangle2D.Double(l.ox, l.oy, ActorMap.WIDTH * l.unit, ActorMap.LEGEND_Y * l.unit);
        for (MapLayout.Label a : labels) {
            if (!area.contains(a.box())) out.add(a + " leaves the map " + box(a.box()));
        }
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                MapLayout.Label a = labels.get(i), b = labels.get(j);
                // the rows of the troops' caption are one block: they touch
                boolean rows = a.owner() == b.owner() && a.role().startsWith("troops") && b.role().startsWith("troops");
                if (rows) continue;
                if (a.box().intersects(b.box())) out.add(a + " overlaps " + b + " " + box(a.box()) + " " + box(b.box()));
            }
        }
        for (MapLayout.Label a : labels) {
            for (Map.Entry<Object, Shape> s : l.shapes.entrySet()) {
                boolean ownName = a.role().equals("name") && a.owner() == s.getKey();
                if (!ownName && s.getValue().intersects(a.box())) out.add(a + " covers " + s.getKey() + " " + box(a.box()));
            }
            if (l.alertRing != null && !a.role().equals("name") && l.alertRing.intersects(a.box())) {
                out.add(a + " covers the nuclear-alert ring");
            }
            for (MapLayout.Line line : l.lines.values()) {
                boolean onIt = a.owner() == line.relation() && l.design.links.get(line.relation().link).side() == MapDesign.Side.ON;
                if (!onIt && hits(line.ink(), a.box())) out.add(line.relation() + " runs through " + a + " " + box(a.box()));
            }
            if (!a.backdrop() && !a.role().equals("front") && a.box().intersectsLine(l.front)) out.add("the front line runs through " + a);
        }
        for (MapLayout.Line line : l.lines.values()) {
            for (Map.Entry<Object, Shape> s : l.shapes.entrySet()) {
                if (s.getKey() == line.from() || s.getKey() == line.to()) continue;
                Area a = new Area(line.ink());
                a.intersect(new Area(s.getValue()));
                if (!a.isEmpty()) out.add(line.relation() + " runs through " + s.getKey());
            }
        }
        return out;
    }

    private static boolean hits(Shape ink, Rectangle2D box) {
        Area a = new Area(ink);
        a.intersect(new Area(box));
        return !a.isEmpty();
    }

    private static String box(Rectangle2D r) {
        return String.format("[%.0f..%.0f x %.0f..%.0f]", r.getMinX(), r.getMaxX(), r.getMinY(), r.getMaxY());
    }

    /** The map painted as Display2D paints it, layer by layer with the real portrayals, into a width x height image. */
    static BufferedImage paint(ActorMap map, double unit) {
        int w = (int) Math.ceil(ActorMap.WIDTH * unit), h = (int) Math.ceil(ActorMap.HEIGHT * unit);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = graphics(img);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        Rectangle2D field = new Rectangle2D.Double(0, 0, ActorMap.WIDTH * unit, ActorMap.HEIGHT * unit);
        new LegendPortrayal(map).draw(null, g, new DrawInfo2D(null, null, field, field));
        RelationPortrayal edges = new RelationPortrayal(map);
        Bag all = map.relations.getAllNodes();
        for (int i = 0; i < all.numObjs; i++) {
            Bag out = map.relations.getEdgesOut(all.objs[i]);
            for (int j = 0; j < out.numObjs; j++) {
                Edge e = (Edge) out.objs[j];
                Point2D.Double a = at(map, e.getFrom(), unit), b = at(map, e.getTo(), unit);
                edges.draw(e, g, new EdgeDrawInfo2D(null, null, new Rectangle2D.Double(a.getX(), a.getY(), unit, unit), field, b));
            }
        }
        NodePortrayal nodes = new NodePortrayal(map);
        for (Object n : map.space.getAllObjects()) {
            Point2D a = at(map, n, unit);
            nodes.draw(n, g, new DrawInfo2D(null, null, new Rectangle2D.Double(a.getX(), a.getY(), unit, unit), field));
        }
        new LabelPortrayal(map).draw(null, g, new DrawInfo2D(null, null, field, field));
        g.dispose();
        return img;
    }

    private static Point2D.Double at(ActorMap map, Object node, double unit) {
        sim.util.Double2D d = map.space.getObjectLocation(node);
        return new Point2D.Double(d.x * unit, d.y * unit);
    }
}
