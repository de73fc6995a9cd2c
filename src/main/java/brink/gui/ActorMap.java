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
    /** The front line (Kursk and the Russia-Ukraine border) runs down the middle. */
    static final double FRONT_X = 50;

    final Continuous2D space = new Continuous2D(10, WIDTH, HEIGHT);
    final Network relations = new Network(true);
    final Map<ActorId, ActorNode> nodes = new EnumMap<>(ActorId.class);
    final TroopsNode troops = new TroopsNode();

    /** What the title and legend show. */
    volatile String headline = "";

    private static final Map<ActorId, Double2D> PLACES = new EnumMap<>(ActorId.class);
    /** Circle diameters (field units) at day-0 strength: a rough picture of capability, not a measurement. */
    private static final Map<ActorId, Double> BASE_SIZE = new EnumMap<>(ActorId.class);

    static {
        PLACES.put(ActorId.CHINA, new Double2D(50, 11));
        PLACES.put(ActorId.RUSSIA, new Double2D(25, 31));
        PLACES.put(ActorId.NORTH_KOREA, new Double2D(19, 56));
        PLACES.put(ActorId.UKRAINE, new Double2D(71, 31));
        PLACES.put(ActorId.NATO, new Double2D(88, 15));
        PLACES.put(ActorId.SOUTH_KOREA, new Double2D(86, 56));
        BASE_SIZE.put(ActorId.RUSSIA, 16.0);
        BASE_SIZE.put(ActorId.UKRAINE, 14.0);
        BASE_SIZE.put(ActorId.NORTH_KOREA, 9.0);
        BASE_SIZE.put(ActorId.NATO, 14.0);
        BASE_SIZE.put(ActorId.SOUTH_KOREA, 9.0);
        BASE_SIZE.put(ActorId.CHINA, 12.0);
    }

    ActorMap() {
        for (ActorId id : ActorId.values()) {
            ActorNode n = new ActorNode(id);
            n.diameter = BASE_SIZE.get(id);
            nodes.put(id, n);
            space.setObjectLocation(n, PLACES.get(id));
            relations.addNode(n);
        }
        space.setObjectLocation(troops, troopsPlace(TroopsNode.Where.TRAINING));
        relations.addNode(troops);
    }

    static Double2D place(ActorId id) { return PLACES.get(id); }

    private static Double2D troopsPlace(TroopsNode.Where where) {
        switch (where) {
            case KURSK: return new Double2D(FRONT_X - 5, 43);
            case UKRAINE: return new Double2D(FRONT_X + 8, 43);
            case HOME: return new Double2D(13, 43);
            default: return new Double2D(33, 47);
        }
    }

    /** Copies the day's state from the model and rebuilds the relations. Call under the schedule's lock. */
    void update(BrinkModel m, String date) {
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
        sizeByManpower(nodes.get(ActorId.NORTH_KOREA), f.nkTraining() + f.nkInCombat(), Math.max(1.0, p.contingent.troops));

        troops.training = f.nkTraining();
        troops.inCombat = f.nkInCombat();
        troops.lost = f.nkLost();
        troops.defected = f.nkDefected();
        if (ladder.isActive(Rung.NK_IN_UKRAINE)) troops.where = TroopsNode.Where.UKRAINE;
        else if (ladder.isActive(Rung.NK_COMBAT_IN_KURSK)) troops.where = TroopsNode.Where.KURSK;
        else if (ladder.isActive(Rung.NK_TROOPS_IN_RUSSIA)) troops.where = TroopsNode.Where.TRAINING;
        else troops.where = TroopsNode.Where.HOME;
        space.setObjectLocation(troops, troopsPlace(troops.where));

        rebuildRelations(m, ladder);
        headline = String.format("Day %d (%s)  |  level %d: %s",
                m.day(), date, ladder.level(), Rung.ofLevel(ladder.level()).title());
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
        link(ru, nk, Relation.Kind.ALLIANCE, "2024 mutual-assistance pact", 0);
        link(nato, sk, Relation.Kind.ALLIANCE, "US-ROK alliance", 0);
        link(nato, ua, Relation.Kind.SUPPORT, "Western military aid", -9);
        if (ladder.isActive(Rung.STRIKE_RESTRICTIONS_LIFTED)) {
            link(nato, ua, Relation.Kind.AID, "long-range strikes allowed", 9);
        }
        if (ladder.isActive(Rung.SK_LETHAL_AID)) link(sk, ua, Relation.Kind.AID, "South Korean lethal aid", 0);
        link(ru, ua, Relation.Kind.HOSTILITY, "war", 0);
        link(nk, sk, Relation.Kind.HOSTILITY, "armistice, still at war", 0);
        String ruNato = ladder.isActive(Rung.NATO_RUSSIA_CLASH) ? "direct NATO-Russia clash"
                : ladder.isActive(Rung.RUSSIAN_ATTACK_ON_NATO) ? "Russian attack on NATO"
                : ladder.isActive(Rung.NATO_INTERCEPTS) ? "NATO intercepts"
                : ladder.isActive(Rung.RUSSIAN_COUNTER_SIGNAL) ? "Russian counter-signal" : null;
        if (ruNato != null) link(ru, nato, Relation.Kind.HOSTILITY, ruNato, 0);
        if (m.chinaPressing()) {
            link(cn, ru, Relation.Kind.RESTRAINT, "presses to step back", 0);
            link(cn, nk, Relation.Kind.RESTRAINT, "", 0);
        }
        if (troops.where != TroopsNode.Where.HOME) link(nk, troops, Relation.Kind.TROOPS, "", 0);
    }

    private void link(Object from, Object to, Relation.Kind kind, String label, int offset) {
        relations.addEdge(from, to, new Relation(kind, label, offset));
    }
}
