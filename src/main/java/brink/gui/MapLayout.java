package brink.gui;

import sim.field.network.Edge;
import sim.util.Bag;
import sim.util.Double2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where everything on the actor map goes, in pixels, for one state of the map and one scale: the circles and the
 * troops square, each relation's line and arrowhead, and every piece of text with its box. The portrayals draw
 * from it, and the tests check it: no box overlaps another box or a node, no line runs through a box (but a label
 * set on its own line, whose backdrop interrupts it there) or through a node other than its ends. Computed from the
 * map's state, the display's transform and the fonts' metrics only, so it needs no screen.
 *
 * <p>Every label has a fixed place (see {@link MapDesign}): a relation's at a fraction of the way along its line,
 * on a chosen side, clear of the line by a small gap; a caption in a chosen direction from its node, clear of the
 * circle and of the node's name. Nothing is searched or random: the same state gives the same picture, and a label
 * does not jump when another relation appears. Captions and labels are drawn last, on a nearly opaque white
 * backdrop, so that the front line (the map's background) may run behind them without cutting their letters.
 */
final class MapLayout {
    /**
     * Pixels per field unit at or above which the map's text has its full size: about the map's window on a
     * 1600 x 1000 screen (the 800 x 640 display at scale 0.765 there, 6.12 px per unit). In a larger window the text
     * keeps its size and the map gains room. In a smaller one the text shrinks with the map, a little faster than it
     * (to the power {@link #TEXT_SHRINK}: small fonts measure wider than their size, and the lines keep their width),
     * down to {@link #MIN_TEXT_SCALE}, so that the picture keeps its clearances instead of its labels running into
     * each other (checked down to 5.5 px per unit).
     */
    static final double FULL_TEXT_UNIT = 6.1;
    static final double TEXT_SHRINK = 1.25;
    static final double MIN_TEXT_SCALE = 0.6;
    /** Clearance between a label's box and the line, circle or name it stands beside, at full text size. */
    static final double GAP = 3;

    /**
     * A piece of text on the map: its block, its box, whose it is (a node, a relation, or the map's own), whether it
     * is drawn over a backdrop, and how far below the box's top its first line starts.
     */
    record Label(String role, Object owner, Text.Block block, Rectangle2D box, boolean backdrop, double inset) {
        Label(String role, Object owner, Text.Block block, Rectangle2D box, boolean backdrop) {
            this(role, owner, block, box, backdrop, Text.PAD);
        }

        void draw(Graphics2D g) { block.draw(g, box, backdrop, inset); }

        @Override
        public String toString() { return role + " '" + String.join(" / ", block.lines) + "'"; }
    }

    /** A relation as drawn: the line from rim to rim (shifted sideways by its offset) and its arrowhead if any. */
    record Line(Relation relation, Object from, Object to, double sx, double sy, double tx, double ty, Shape head) {
        /** The ink of the line and its head, as one shape, for the overlap checks. */
        Shape ink() {
            float w = ((BasicStroke) relation.kind.stroke).getLineWidth();
            Path2D p = new Path2D.Double(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER)
                    .createStrokedShape(new Line2D.Double(sx, sy, tx, ty)));
            if (head != null) p.append(head, false);
            return p;
        }
    }

    final double ox, oy, unit;
    final Text.Fonts fonts;
    final FontRenderContext frc;
    final MapDesign design;
    /** The pixel centre of each node (actors and the troops). */
    final Map<Object, Point2D> centres = new IdentityHashMap<>();
    /** The circle of each actor and the square of the troops. */
    final Map<Object, Shape> shapes = new IdentityHashMap<>();
    final Map<Object, Label> names = new IdentityHashMap<>();
    final Map<Relation, Line> lines = new IdentityHashMap<>();
    /** Every label but the names: captions, relation labels, the troops' caption, the alert, headings and the front's. */
    final List<Label> labels = new ArrayList<>();
    /** Russia's nuclear-alert ring when it shows, else null. */
    Ellipse2D alertRing;
    final Line2D front;

    private MapLayout(MapDesign design, double ox, double oy, double unit, FontRenderContext frc) {
        this.design = design;
        this.ox = ox;
        this.oy = oy;
        this.unit = unit;
        this.frc = frc;
        this.fonts = Text.Fonts.of(Math.max(MIN_TEXT_SCALE, Math.pow(Math.min(1.0, unit / FULL_TEXT_UNIT), TEXT_SHRINK)));
        this.front = new Line2D.Double(px(ActorMap.FRONT_X), py(ActorMap.FRONT_TOP), px(ActorMap.FRONT_X), py(ActorMap.FRONT_BOTTOM));
    }

    /** Text scale times a length in pixels at full size. */
    double s(double px) { return px * fonts.scale(); }

    double px(double fieldX) { return ox + fieldX * unit; }
    double py(double fieldY) { return oy + fieldY * unit; }

    /** The map drawn with field (0, 0) at pixel (ox, oy), {@code unit} pixels per field unit. */
    static MapLayout of(ActorMap map, double ox, double oy, double unit, FontRenderContext frc) {
        MapLayout l = new MapLayout(map.design, ox, oy, unit, frc);
        l.build(map);
        return l;
    }

    private void build(ActorMap map) {
        // nodes and names
        for (ActorNode n : map.nodes.values()) {
            Double2D at = map.space.getObjectLocation(n);
            Point2D c = new Point2D.Double(px(at.x), py(at.y));
            double d = n.diameter() * unit;
            centres.put(n, c);
            shapes.put(n, new Ellipse2D.Double(c.getX() - d / 2, c.getY() - d / 2, d, d));
            // the name's box centred on the circle's (one line: its baseline 7 px below the centre)
            String[] lines = map.design.twoLineName.get(n.id) ? Text.twoLines(n.shortName()) : new String[]{n.shortName()};
            Text.Block name = new Text.Block(frc, fonts.name(), Color.BLACK, lines);
            names.put(n, new Label("name", n, name, name.boxAt(c.getX(), c.getY()), false));
        }
        // a run without a contingent has no square (North Korea's own caption says 0 troops)
        TroopsNode t = map.troops;
        boolean square = t.shown();
        Double2D tat = map.space.getObjectLocation(t);
        Point2D tc = new Point2D.Double(px(tat.x), py(tat.y));
        double td = t.diameter() * unit;
        if (square) {
            centres.put(t, tc);
            shapes.put(t, new Rectangle2D.Double(tc.getX() - td / 2, tc.getY() - td / 2, td, td));
        }

        // relations: lines first, so that the labels can be checked against all of them
        List<Relation> withLabels = new ArrayList<>();
        Bag all = map.relations.getAllNodes();
        for (int i = 0; i < all.numObjs; i++) {
            Bag out = map.relations.getEdgesOut(all.objs[i]);
            for (int j = 0; j < out.numObjs; j++) {
                Edge e = (Edge) out.objs[j];
                Relation r = (Relation) e.info;
                lines.put(r, line(r, map.design.links.get(r.link), e.getFrom(), e.getTo()));
                if (!r.label.isEmpty()) withLabels.add(r);
            }
        }
        for (Relation r : withLabels) labels.add(relationLabel(lines.get(r), map.design.links.get(r.link)));

        // captions
        List<Rectangle2D> captions = new ArrayList<>();
        for (ActorNode n : map.nodes.values()) {
            Ellipse2D circle = (Ellipse2D) shapes.get(n);
            double rim = circle.getWidth() / 2;
            List<Rectangle2D> own = new ArrayList<>();
            own.add(names.get(n).box());
            if (n.nuclearAlert) {
                // a dashed red ring around the circle, NUCLEAR ALERT beside it, the caption beyond both
                double r = rim + s(9);
                Point2D c = centres.get(n);
                alertRing = new Ellipse2D.Double(c.getX() - r, c.getY() - r, 2 * r, 2 * r);
                Text.Block alert = new Text.Block(frc, fonts.detail(), new Color(200, 0, 0), "NUCLEAR ALERT");
                Rectangle2D box = beside(alert, c, map.design.alertAngle, r + s(2), own);
                labels.add(new Label("alert", n, alert, box, true));
                own.add(box);
                rim = r + s(2);
            }
            Text.Block cap = new Text.Block(frc, fonts.small(), new Color(30, 30, 30), n.captionLines());
            Rectangle2D box = beside(cap, centres.get(n), map.design.captionAngle.get(n.id), rim, own);
            labels.add(new Label("caption", n, cap, box, true));
            captions.add(box);
        }
        if (square) {
            // the troops' caption: one box a row (how many and where in the detail font, those arriving and the losses smaller), stacked
            // and aligned as a block: rows of different widths pack closer to the lines beside them than one box would
            MapDesign.TroopsCaption where = map.design.troopsCaption.get(t.where);
            List<String> rows = t.captionLines();
            boolean losses = t.lost + t.defected > 0;
            List<Text.Block> blocks = new ArrayList<>();
            double w = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean lossRow = losses && i == rows.size() - 1;
                Text.Block b = new Text.Block(frc, i < 2 ? fonts.detail() : fonts.small(),
                        lossRow ? new Color(60, 60, 60) : new Color(120, 0, 0), rows.get(i));
                blocks.add(b);
                w = Math.max(w, b.width);
            }
            // the rows touch: padding only around the block's outside
            double[] heights = new double[blocks.size()];
            double h = 0;
            for (int i = 0; i < blocks.size(); i++) {
                heights[i] = blocks.get(i).lineHeight + (i == 0 ? Text.PAD : 0) + (i == blocks.size() - 1 ? Text.PAD : 0);
                h += heights[i];
            }
            Rectangle2D block = troopsBlock(tc, td, w, h, where, captions);
            double left = block.getX(), top = block.getY();
            for (int i = 0; i < blocks.size(); i++) {
                Text.Block b = blocks.get(i);
                double x = where.align() < 0 ? left : where.align() > 0 ? left + w - b.width : left + (w - b.width) / 2;
                labels.add(new Label(i == 0 ? "troops" : "troops row " + i, t, b, new Rectangle2D.Double(x, top, b.width, heights[i]),
                        true, i == 0 ? Text.PAD : 0));
                top += heights[i];
            }
        }

        // the map's own text: the camps' headings at the top corners, the front's name at its foot
        Color grey = new Color(130, 130, 130);
        Text.Block left = new Text.Block(frc, fonts.detail(), grey, "RUSSIA'S CAMP");
        labels.add(new Label("heading", null, left, left.boxAt(ox + s(8) + left.width / 2 - Text.PAD, oy + s(4) + left.height / 2), false));
        Text.Block right = new Text.Block(frc, fonts.detail(), grey, "UKRAINE'S SUPPORTERS");
        labels.add(new Label("heading", null, right, right.boxAt(px(ActorMap.WIDTH) - s(8) - right.width / 2 + Text.PAD,
                oy + s(4) + right.height / 2), false));
        Text.Block frontName = new Text.Block(frc, fonts.small(), new Color(110, 80, 40), "front (Kursk)");
        labels.add(new Label("front", null, frontName,
                frontName.boxAt(front.getX2(), front.getY2() + s(GAP) + frontName.height / 2), false));
    }

    /** Every text box on the map, names included. */
    List<Label> allLabels() {
        List<Label> out = new ArrayList<>(names.values());
        out.addAll(labels);
        return Collections.unmodifiableList(out);
    }

    private Line line(Relation r, MapDesign.LinkStyle style, Object from, Object to) {
        Point2D a = centres.get(from), b = centres.get(to);
        double len = a.distance(b);
        double ux = (b.getX() - a.getX()) / len, uy = (b.getY() - a.getY()) / len;
        // shifted sideways by the relation's offset (in pixels at the default size, growing with the map), then from
        // rim to rim: the line starts where it leaves the circle, or the name when the name is wider
        double off = style.offset() * unit / FULL_TEXT_UNIT;
        double shx = -uy * off, shy = ux * off;
        double half = ((BasicStroke) r.kind.stroke).getLineWidth() / 2;
        double start = Math.max(rim(from, ux, uy, off), exit(names.get(from), a, shx, shy, ux, uy, half + 1));
        double end = Math.max(rim(to, -ux, -uy, off), exit(names.get(to), b, shx, shy, -ux, -uy, r.kind.arrow ? 9 : half + 1));
        double sx = a.getX() + ux * start + shx, sy = a.getY() + uy * start + shy;
        double tx = b.getX() - ux * end + shx, ty = b.getY() - uy * end + shy;
        Path2D head = null;
        if (r.kind.arrow) {
            double h = 16, w = 8;
            head = new Path2D.Double();
            head.moveTo(tx, ty);
            head.lineTo(tx - ux * h - uy * w, ty - uy * h + ux * w);
            head.lineTo(tx - ux * h + uy * w, ty - uy * h - ux * w);
            head.closePath();
        }
        return new Line(r, from, to, sx, sy, tx, ty, head);
    }

    /**
     * How far from a node's centre, along a line leaving it in direction (ux, uy) shifted sideways by {@code off},
     * the line meets the node's edge plus 3 px: a circle's rim, or the troops square's side.
     */
    private double rim(Object node, double ux, double uy, double off) {
        double r = ((MapNode) node).diameter() * unit / 2;
        if (node instanceof TroopsNode) return r / Math.max(Math.abs(ux), Math.abs(uy)) + 3;
        return Math.sqrt(Math.max(0, (r + 3) * (r + 3) - off * off));
    }

    /**
     * How far from c (shifted sideways by shx, shy) a ray in direction (ux, uy) runs before it has left the name's box grown by
     * {@code margin} (half the line's width and a pixel), so that the line's ink stays clear of the letters; 0 when
     * the ray misses the box.
     */
    private double exit(Label name, Point2D c, double shx, double shy, double ux, double uy, double margin) {
        if (name == null) return 0;
        Rectangle2D n = name.box();
        double x = c.getX() + shx, y = c.getY() + shy;
        // slabs: the ray is inside the box for t in [lo, hi]
        double lo = 0, hi = Double.POSITIVE_INFINITY;
        double[][] slabs = {{x, ux, n.getMinX() - margin, n.getMaxX() + margin}, {y, uy, n.getMinY() - margin, n.getMaxY() + margin}};
        for (double[] sl : slabs) {
            if (sl[1] == 0) {
                if (sl[0] < sl[2] || sl[0] > sl[3]) return 0;
                continue;
            }
            double t1 = (sl[2] - sl[0]) / sl[1], t2 = (sl[3] - sl[0]) / sl[1];
            lo = Math.max(lo, Math.min(t1, t2));
            hi = Math.min(hi, Math.max(t1, t2));
        }
        return lo <= hi ? hi : 0;
    }

    /** The label of a relation: at its place's fraction of the drawn line, on its side, clear of the line's ink. */
    private Label relationLabel(Line l, MapDesign.LinkStyle style) {
        Relation r = l.relation();
        Text.Block b = new Text.Block(frc, fonts.small(), r.kind.color.darker(),
                style.twoLines() ? Text.twoLines(r.label) : new String[]{r.label});
        double t = style.along();
        double ax = l.sx() + t * (l.tx() - l.sx()), ay = l.sy() + t * (l.ty() - l.sy());
        double len = Math.hypot(l.tx() - l.sx(), l.ty() - l.sy());
        double nx = -(l.ty() - l.sy()) / len, ny = (l.tx() - l.sx()) / len;
        if (style.side() == MapDesign.Side.ON) return new Label("relation", r, b, b.boxAt(ax, ay), true);
        boolean flip = switch (style.side()) {
            case ABOVE -> ny > 0;
            case BELOW -> ny < 0;
            case LEFT -> nx > 0;
            default -> nx < 0;
        };
        if (flip) {
            nx = -nx;
            ny = -ny;
        }
        double half = ((BasicStroke) r.kind.stroke).getLineWidth() / 2;
        double reach = half + s(GAP) + support(b, nx, ny);
        return new Label("relation", r, b, b.boxAt(ax + nx * reach, ay + ny * reach), true);
    }

    /**
     * A block beside a node: in the direction {@code degrees} (0 east, 90 south, as on the screen) from the centre c,
     * clear of a circle of radius {@code reach} by the gap; then pushed further out along the same direction, a
     * pixel at a time, while it touches one of the node's own boxes (its name, its alert).
     */
    private Rectangle2D beside(Text.Block b, Point2D c, double degrees, double reach, List<Rectangle2D> own) {
        double dx = Math.cos(Math.toRadians(degrees)), dy = Math.sin(Math.toRadians(degrees));
        double dist = reach + s(GAP) + support(b, dx, dy);
        Rectangle2D box = b.boxAt(c.getX() + dx * dist, c.getY() + dy * dist);
        for (int i = 0; i < 400 && touches(box, own); i++) {
            dist += 1;
            box = b.boxAt(c.getX() + dx * dist, c.getY() + dy * dist);
        }
        return box;
    }

    private boolean touches(Rectangle2D box, List<Rectangle2D> others) {
        double g = s(GAP);
        Rectangle2D grown = new Rectangle2D.Double(box.getX() - g, box.getY() - g, box.getWidth() + 2 * g, box.getHeight() + 2 * g);
        for (Rectangle2D o : others) if (grown.intersects(o)) return true;
        return false;
    }

    /**
     * The box of the troops' caption (w x h) on its side of the square (centre c, side d), lined up with the square's
     * start, centre or end, then moved away from the square a pixel at a time while it touches one of the boxes.
     */
    private Rectangle2D troopsBlock(Point2D c, double d, double w, double h, MapDesign.TroopsCaption where, List<Rectangle2D> boxes) {
        double g = s(GAP), x, y, dx = 0, dy = 0;
        boolean vertical = where.side() == MapDesign.Side.ABOVE || where.side() == MapDesign.Side.BELOW;
        double along = vertical ? (where.align() < 0 ? c.getX() - d / 2 : where.align() > 0 ? c.getX() + d / 2 - w : c.getX() - w / 2)
                : (where.align() < 0 ? c.getY() - d / 2 : where.align() > 0 ? c.getY() + d / 2 - h : c.getY() - h / 2);
        switch (where.side()) {
            case ABOVE -> { x = along; y = c.getY() - d / 2 - g - h; dy = -1; }
            case LEFT -> { x = c.getX() - d / 2 - g - w; y = along; dx = -1; }
            case RIGHT -> { x = c.getX() + d / 2 + g; y = along; dx = 1; }
            default -> { x = along; y = c.getY() + d / 2 + g; dy = 1; }
        }
        Rectangle2D box = new Rectangle2D.Double(x, y, w, h);
        for (int i = 0; i < 400 && touches(box, boxes); i++) box = new Rectangle2D.Double(box.getX() + dx, box.getY() + dy, w, h);
        return box;
    }

    /** Half the block's extent along (nx, ny): how far its box reaches from its centre in that direction. */
    private static double support(Text.Block b, double nx, double ny) {
        return Math.abs(nx) * b.width / 2 + Math.abs(ny) * b.height / 2;
    }
}
