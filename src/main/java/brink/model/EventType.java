package brink.model;

/**
 * Exogenous events a scenario can schedule, a rule can fire, or a teacher can inject from the GUI.
 * Each event type carries its own effect ({@link #apply}). Most cross or step down one rung; a few
 * change forces or policy. An event that needs means needs them: no North Korean troops, no troop
 * event (docs/model.md 7.7).
 */
public enum EventType {
    US_LIFTS_STRIKE_RESTRICTIONS("us_lifts_strike_restrictions", "The US lifts its long-range strike restrictions",
            Rung.STRIKE_RESTRICTIONS_LIFTED, false),
    US_REIMPOSES_STRIKE_RESTRICTIONS("us_reimposes_strike_restrictions", "The US reimposes its long-range strike restrictions",
            Rung.STRIKE_RESTRICTIONS_LIFTED, true),
    RUSSIA_COUNTER_SIGNAL("russia_counter_signal", "Russia sends a counter-signal (doctrine change, demonstrative strike)",
            Rung.RUSSIAN_COUNTER_SIGNAL, false),
    NK_TROOPS_ENTER_COMBAT("nk_troops_enter_combat", "North Korean troops enter combat in Kursk",
            Rung.NK_COMBAT_IN_KURSK, false) {
        @Override boolean possible(BrinkModel m) { return m.front().hasNkTroops(); }
    },
    SK_LETHAL_AID("sk_lethal_aid", "South Korea sends lethal aid to Ukraine",
            Rung.SK_LETHAL_AID, false),
    SK_HALTS_LETHAL_AID("sk_halts_lethal_aid", "South Korea halts lethal aid",
            Rung.SK_LETHAL_AID, true),
    NK_TROOPS_CROSS_INTO_UKRAINE("nk_troops_cross_into_ukraine", "North Korean troops cross into Ukraine proper",
            Rung.NK_IN_UKRAINE, false) {
        @Override boolean possible(BrinkModel m) { return m.front().hasNkTroops(); }
    },
    NATO_INTERCEPTS("nato_intercepts", "NATO members intercept Russian missiles and drones from their territory",
            Rung.NATO_INTERCEPTS, false),
    RUSSIA_ATTACKS_NATO("russia_attacks_nato", "Russia sabotages or attacks NATO territory",
            Rung.RUSSIAN_ATTACK_ON_NATO, false),
    NATO_RUSSIA_CLASH("nato_russia_clash", "NATO and Russian forces clash directly",
            Rung.NATO_RUSSIA_CLASH, false),
    RUSSIA_NUCLEAR_ALERT("russia_nuclear_alert", "Russia raises a nuclear alert or ultimatum",
            Rung.NUCLEAR_ALERT, false),
    NK_SECOND_CONTINGENT("nk_second_contingent", "North Korea sends a further contingent of troops (amount)",
            null, false) {
        @Override boolean apply(BrinkModel m, double amount, int day, boolean commit) {
            m.front().addNkTroops(amount, m.parameters().contingent.combatEntryDays);
            m.ladder().cross(Rung.NK_TROOPS_IN_RUSSIA, day);
            return true;
        }
        @Override boolean inEffect(BrinkModel m) { return false; }
    },
    NK_TROOPS_WITHDRAW("nk_troops_withdraw", "North Korean troops withdraw from combat",
            null, false) {
        @Override boolean apply(BrinkModel m, double amount, int day, boolean commit) {
            boolean changed = m.ladder().stepDown(Rung.NK_IN_UKRAINE, day);
            changed |= m.ladder().stepDown(Rung.NK_COMBAT_IN_KURSK, day);
            changed |= m.front().nkInCombat() > 0;
            m.front().withdrawNk();
            return changed;
        }
        @Override boolean inEffect(BrinkModel m) { return !m.ladder().isActive(Rung.NK_COMBAT_IN_KURSK); }
    },
    CHINA_PRESSES_PYONGYANG("china_presses_pyongyang", "China presses Pyongyang and Moscow to step back",
            null, false) {
        @Override boolean apply(BrinkModel m, double amount, int day, boolean commit) {
            Postures p = m.postures();
            boolean changed = !p.chinaPressing;
            p.chinaPressing = true;
            if (commit) p.chinaCommitted = true;
            return changed;
        }
        @Override boolean inEffect(BrinkModel m) { return m.postures().chinaPressing; }
    };

    private final String key;
    private final String description;
    private final Rung rung;
    private final boolean stepDown;

    EventType(String key, String description, Rung rung, boolean stepDown) {
        this.key = key;
        this.description = description;
        this.rung = rung;
        this.stepDown = stepDown;
    }

    public String key() { return key; }
    public String description() { return description; }
    /** The rung this event crosses or steps down from, or null when it acts on forces or policy. */
    public Rung rung() { return rung; }
    public boolean isStepDown() { return stepDown; }
    /** Whether the event needs an {@code amount} (troops). */
    public boolean needsAmount() { return this == NK_SECOND_CONTINGENT; }

    /** Whether the means for the event exist today (troops for a troop event). */
    boolean possible(BrinkModel m) { return true; }

    /**
     * Applies the event and returns whether it changed anything. A crossing also crosses the
     * rung's prerequisite; with {@code commit} (a scheduled or injected event: the what-if says it
     * happens) the controlling actor will not undo it by its own daily choice.
     */
    boolean apply(BrinkModel m, double amount, int day, boolean commit) {
        EscalationLadder ladder = m.ladder();
        if (stepDown) return ladder.stepDown(rung, day);
        if (!possible(m)) return false;
        boolean changed = false;
        Rung pre = Actor.prerequisite(rung);
        if (pre != null) {
            changed = ladder.cross(pre, day);
            if (commit) ladder.commit(pre);
        }
        changed |= ladder.cross(rung, day);
        if (commit) ladder.commit(rung);
        return changed;
    }

    /** Whether applying the event now would change nothing (a rule waits only while it would). */
    boolean inEffect(BrinkModel m) {
        if (stepDown) return !m.ladder().isActive(rung);
        return m.ladder().isActive(rung) || !possible(m) || m.ladder().isFrozen();
    }

    public static EventType fromKey(String key) {
        for (EventType e : values()) if (e.key.equals(key)) return e;
        return null;
    }
}
