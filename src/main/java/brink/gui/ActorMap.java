package brink.gui;

import brink.model.ActorId;
import brink.model.BrinkModel;
import brink.model.EscalationLadder;
import brink.model.Front;
import brink.model.ModelParameters;
import brink.model.Rung;
import sim.field.continuous.Continuous2D;
import sim.field.network.Network;
import sim.util.Double2D;

import java.util.EnumMap;
import java.util.Map;

/**
 * The picture behind the main display: the six actors in two camps (Russia and North Korea on the
 * left, Ukraine, NATO and South Korea on the right, China above as the restrainer), the North
 * Korean contingent between Russia and the front, and the relations between them. GUI-side only:
 * {@link #update} copies what it needs from the model once a day, under the schedule's lock.
 */
final class ActorMap {
    static final double WIDTH = 100;
    static final double HEIGHT = 80;
    /** The legend strip along the bottom starts here. */
    static final double LEGEND_Y = 69;
    /** The front line (Kursk and the Russia-Ukraine border) runs down the middle, from FRONT_TOP to FRONT_BOTTOM. */
    static final double FRONT_X = 50;
    static final double FRONT_TOP = 22;
    static final double FRONT_BOTTOM = 60;

    final Continuous2D space = new Continuous2D(10, WIDTH, HEIGHT);
    final Network relations = new Network(true);
    final Map<ActorId, ActorNode> nodes = new EnumMap<>(ActorId.class);
    final TroopsNode troops = new TroopsNode();

    /** The map's title, today's day and level (HTML, for the title label). */
    volatile String headline = "";

    /** Circle diameters (field units) at day-0 strength: a rough picture of capability, not a measurement. */
    private static final Map<ActorId, Double> BASE_SIZE = new EnumMap<>(ActorId.class);

    static {
        BASE_SIZE.put(ActorId.RUSSIA, 16.0);
        BASE_SIZE.put(ActorId.UKRAINE, 14.0);
        BASE_SIZE.put(ActorId.NORTH_KOREA, 9.0);
        BASE_SIZE.put(ActorId.NATO, 14.0);
        BASE_SIZE.put(ActorId.SOUTH_KOREA, 9.0);
        BASE_SIZE.put(ActorId.CHINA, 12.0);
    }

    /** Where everything goes. */
    final MapDesign design;

    /** Bumped by every {@link #update}: a cached layout of an older state is stale. */
    private long revision;
    private MapLayout layout;
    private long layoutRevision = -1;

    /**
     * The layout of the current state for a transform and the fonts' metrics, reused while neither changes (each
     * layer of the display asks for it on every repaint). Called under the schedule's lock, as Display2D paints.
     */
    synchronized MapLayout layout(double ox, double oy, double unit, java.awt.font.FontRenderContext frc) {
        MapLayout l = layout;
        // each layer derives the transform from its own numbers: equal up to rounding
        if (l == null || layoutRevision != revision || Math.abs(l.ox - ox) > 1e-6 || Math.abs(l.oy - oy) > 1e-6
                || Math.abs(l.unit - unit) > 1e-9 || !l.frc.equals(frc)) {
            l = MapLayout.of(this, ox, oy, unit, frc);
            layout = l;
            layoutRevision = revision;
        }
        return l;
    }

    /**
     * {@link #layout} as a node's portrayal finds it: MASON draws a node (or an edge's start) at the field's origin
     * plus its place times the unit, so the origin is (x, y) minus that. Null for a node not on the map.
     */
    MapLayout layoutFrom(Object node, double x, double y, double unit, java.awt.font.FontRenderContext frc) {
        Double2D at = space.getObjectLocation(node);
        if (at == null) return null;
        return layout(x - at.x * unit, y - at.y * unit, unit, frc);
    }

    ActorMap() {
        this.design = MapDesign.CLASSROOM;
        for (ActorId id : ActorId.values()) {
            ActorNode n = new ActorNode(id);
            n.diameter = BASE_SIZE.get(id);
            nodes.put(id, n);
            space.setObjectLocation(n, design.places.get(id));
            relations.addNode(n);
        }
        space.setObjectLocation(troops, design.troopPlaces.get(TroopsNode.Where.TRAINING));
        relations.addNode(troops);
    }

    /** Copies the day's state from the model and rebuilds the relations. Call under the schedule's lock. */
    synchronized void update(BrinkModel m, String date) {
        revision++;
        ModelParameters p = m.parameters();
        Front f = m.front();
        EscalationLadder ladder = m.ladder();
        for (ActorId id : ActorId.values()) {
            ActorNode n = nodes.get(id);
            n.pressure = m.actor(id).pressure();
            n.nuclearAlert = id == ActorId.RUSSIA && ladder.isActive(Rung.NUCLEAR_ALERT);
            n.manpower = Double.NaN;
            n.diameter = BASE_SIZE.get(id);
            n.detail = String.format("pressure %.2f", n.pressure);
        }
        sizeByManpower(nodes.get(ActorId.RUSSIA), f.russianManpower(), p.front.russianManpower);
        sizeByManpower(nodes.get(ActorId.UKRAINE), f.ukrainianManpower(), p.front.ukrainianManpower);
        // without a contingent at the start, North Korea keeps its own size (sizeByManpower's ratio 1), not a dot
        sizeByManpower(nodes.get(ActorId.NORTH_KOREA), f.nkTraining() + f.nkInCombat(), p.contingent.troops);

        troops.training = f.nkTraining();
        troops.inCombat = f.nkInCombat();
        troops.lost = f.nkLost();
        troops.defected = f.nkDefected();
        troops.sent = f.nkSent();
        if (ladder.isActive(Rung.NK_IN_UKRAINE)) troops.where = TroopsNode.Where.UKRAINE;
        else if (ladder.isActive(Rung.NK_COMBAT_IN_KURSK)) troops.where = TroopsNode.Where.KURSK;
        else if (ladder.isActive(Rung.NK_TROOPS_IN_RUSSIA)) troops.where = TroopsNode.Where.TRAINING;
        else troops.where = TroopsNode.Where.HOME;
        space.setObjectLocation(troops, design.troopPlaces.get(troops.where));

        rebuildRelations(m, ladder);
        // two lines: a rung's title (up to 72 characters) does not fit beside the date in the map's width
        headline = String.format("<html><b>Day %d (%s)  |  level %d of %d</b><br>%s</html>",
                m.day(), date, ladder.level(), Rung.COUNT - 1, Rung.ofLevel(ladder.level()).title());
    }

    private static void sizeByManpower(ActorNode n, double now, double atStart) {
        n.manpower = now;
        double ratio = atStart > 0 ? now / atStart : 1.0;
        n.diameter = BASE_SIZE.get(n.id) * Math.sqrt(Math.max(0.05, Math.min(2.0, ratio)));
        n.detail = String.format("pressure %.2f | %,.0f troops", n.pressure, now);
    }

    private void rebuildRelations(BrinkModel m, EscalationLadder ladder) {
        relations.removeAllEdges();
        ActorNode ru = nodes.get(ActorId.RUSSIA), nk = nodes.get(ActorId.NORTH_KOREA), ua = nodes.get(ActorId.UKRAINE),
                nato = nodes.get(ActorId.NATO), sk = nodes.get(ActorId.SOUTH_KOREA), cn = nodes.get(ActorId.CHINA);
        link(ru, nk, Relation.Kind.ALLIANCE, "2024 mutual-assistance pact", MapDesign.Link.PACT);
        link(nato, sk, Relation.Kind.ALLIANCE, "US-ROK alliance", MapDesign.Link.US_ROK);
        link(nato, ua, Relation.Kind.SUPPORT, "Western military aid", MapDesign.Link.WESTERN_AID);
        if (ladder.isActive(Rung.STRIKE_RESTRICTIONS_LIFTED)) {
            link(nato, ua, Relation.Kind.AID, "long-range strikes allowed", MapDesign.Link.STRIKES);
        }
        if (ladder.isActive(Rung.SK_LETHAL_AID)) link(sk, ua, Relation.Kind.AID, "South Korean lethal aid", MapDesign.Link.SK_AID);
        link(ru, ua, Relation.Kind.HOSTILITY, "war", MapDesign.Link.WAR);
        link(nk, sk, Relation.Kind.HOSTILITY, "armistice, still at war", MapDesign.Link.ARMISTICE);
        String ruNato = ladder.isActive(Rung.NATO_RUSSIA_CLASH) ? "direct NATO-Russia clash"
                : ladder.isActive(Rung.RUSSIAN_ATTACK_ON_NATO) ? "Russian attack on NATO"
                : ladder.isActive(Rung.NATO_INTERCEPTS) ? "NATO intercepts"
                : ladder.isActive(Rung.RUSSIAN_COUNTER_SIGNAL) ? "Russian counter-signal" : null;
        if (ruNato != null) link(ru, nato, Relation.Kind.HOSTILITY, ruNato, MapDesign.Link.RUSSIA_NATO);
        if (m.chinaPressing()) {
            link(cn, ru, Relation.Kind.RESTRAINT, "presses to step back", MapDesign.Link.CHINA_RUSSIA);
            link(cn, nk, Relation.Kind.RESTRAINT, "", MapDesign.Link.CHINA_NK);
        }
        if (troops.where != TroopsNode.Where.HOME) link(nk, troops, Relation.Kind.TROOPS, "", MapDesign.Link.TROOPS);
    }

    private void link(Object from, Object to, Relation.Kind kind, String label, MapDesign.Link link) {
        relations.addEdge(from, to, new Relation(kind, label, link));
    }
}
