package brink.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The escalation ladder, a compact adaptation of Kahn's (1965) 44 rungs to this conflict.
 * Rungs are ordered by severity; each is a flag with the day it was first crossed (see
 * {@link EscalationLadder}), not a single counter, so a lower rung can be crossed after a higher one.
 */
public enum Rung {
    CONVENTIONAL_WAR("conventional_war", "Conventional war; Western aid with strike limits; NK munitions to Russia",
            false, EnumSet.noneOf(ActorId.class)),
    NK_TROOPS_IN_RUSSIA("nk_troops_in_russia", "NK troops in Russia, training",
            true, EnumSet.of(ActorId.NORTH_KOREA, ActorId.RUSSIA)),
    STRIKE_RESTRICTIONS_LIFTED("strike_restrictions_lifted", "Western long-range strike restrictions lifted",
            true, EnumSet.of(ActorId.NATO)),
    RUSSIAN_COUNTER_SIGNAL("russian_counter_signal", "Russian counter-signal (doctrine change, demonstrative strike)",
            true, EnumSet.of(ActorId.RUSSIA)),
    NK_COMBAT_IN_KURSK("nk_combat_in_kursk", "NK troops in combat in Kursk (co-belligerent)",
            true, EnumSet.of(ActorId.NORTH_KOREA, ActorId.RUSSIA)),
    SK_LETHAL_AID("sk_lethal_aid", "South Korean lethal aid / advisers to Ukraine",
            true, EnumSet.of(ActorId.SOUTH_KOREA)),
    NK_IN_UKRAINE("nk_in_ukraine", "NK troops cross into Ukraine proper",
            true, EnumSet.of(ActorId.NORTH_KOREA, ActorId.RUSSIA)),
    NATO_INTERCEPTS("nato_intercepts", "NATO members intercept Russian missiles/drones from their own territory",
            true, EnumSet.of(ActorId.NATO)),
    RUSSIAN_ATTACK_ON_NATO("russian_attack_on_nato", "Russian sabotage or attack on NATO territory",
            true, EnumSet.of(ActorId.RUSSIA)),
    NATO_RUSSIA_CLASH("nato_russia_clash", "Direct NATO-Russia clash",
            true, EnumSet.of(ActorId.NATO, ActorId.RUSSIA)),
    NUCLEAR_ALERT("nuclear_alert", "Nuclear alert or ultimatum",
            true, EnumSet.of(ActorId.RUSSIA)),
    NUCLEAR_USE("nuclear_use", "Nuclear use (absorbing)",
            false, EnumSet.of(ActorId.RUSSIA));

    public static final int COUNT = values().length;
    public static final Rung TOP = NUCLEAR_USE;
    private static final Rung[] VALUES = values();

    private final String key;
    private final String title;
    private final boolean reversible;
    private final Set<ActorId> controllers;
    /** isMoveOf per camp, computed once (the actors ask every day; iterating the set allocated). */
    private final boolean[] moveOf = new boolean[ActorId.Camp.values().length];

    Rung(String key, String title, boolean reversible, Set<ActorId> controllers) {
        this.key = key;
        this.title = title;
        this.reversible = reversible;
        this.controllers = controllers;
        for (ActorId a : controllers) moveOf[a.camp().ordinal()] = true;
    }

    public int level() { return ordinal(); }
    public String key() { return key; }
    public String title() { return title; }
    /** Whether a controller may step back down from this rung (the top rung is absorbing). */
    public boolean reversible() { return reversible; }
    public Set<ActorId> controllers() { return controllers; }
    public boolean controlledBy(ActorId actor) { return controllers.contains(actor); }

    /** Severity in [0, 1]: the rung's level over the top level. */
    public double severity() { return ordinal() / (double) (COUNT - 1); }

    /** The camp whose move this rung is; a joint NATO/Russia clash counts against both. */
    public boolean isMoveOf(ActorId.Camp camp) {
        return moveOf[camp.ordinal()];
    }

    public static Rung ofLevel(int level) { return VALUES[level]; }

    public static Rung fromKey(String key) {
        for (Rung r : VALUES) if (r.key.equals(key)) return r;
        return null;
    }
}
