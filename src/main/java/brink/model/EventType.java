package brink.model;

/**
 * Exogenous events a scenario can schedule, a trigger can fire, or a teacher can inject from the GUI.
 * Most cross or step down one rung; a few change forces or policy flags.
 */
public enum EventType {
    US_LIFTS_STRIKE_RESTRICTIONS("us_lifts_strike_restrictions", "The US lifts its long-range strike restrictions",
            Rung.STRIKE_RESTRICTIONS_LIFTED, false),
    US_REIMPOSES_STRIKE_RESTRICTIONS("us_reimposes_strike_restrictions", "The US reimposes its long-range strike restrictions",
            Rung.STRIKE_RESTRICTIONS_LIFTED, true),
    RUSSIA_COUNTER_SIGNAL("russia_counter_signal", "Russia sends a counter-signal (doctrine change, demonstrative strike)",
            Rung.RUSSIAN_COUNTER_SIGNAL, false),
    NK_TROOPS_ENTER_COMBAT("nk_troops_enter_combat", "North Korean troops enter combat in Kursk",
            Rung.NK_COMBAT_IN_KURSK, false),
    SK_LETHAL_AID("sk_lethal_aid", "South Korea sends lethal aid to Ukraine",
            Rung.SK_LETHAL_AID, false),
    SK_HALTS_LETHAL_AID("sk_halts_lethal_aid", "South Korea halts lethal aid",
            Rung.SK_LETHAL_AID, true),
    NK_TROOPS_CROSS_INTO_UKRAINE("nk_troops_cross_into_ukraine", "North Korean troops cross into Ukraine proper",
            Rung.NK_IN_UKRAINE, false),
    NATO_INTERCEPTS("nato_intercepts", "NATO members intercept Russian missiles and drones from their territory",
            Rung.NATO_INTERCEPTS, false),
    RUSSIA_ATTACKS_NATO("russia_attacks_nato", "Russia sabotages or attacks NATO territory",
            Rung.RUSSIAN_ATTACK_ON_NATO, false),
    NATO_RUSSIA_CLASH("nato_russia_clash", "NATO and Russian forces clash directly",
            Rung.NATO_RUSSIA_CLASH, false),
    RUSSIA_NUCLEAR_ALERT("russia_nuclear_alert", "Russia raises a nuclear alert or ultimatum",
            Rung.NUCLEAR_ALERT, false),
    NK_SECOND_CONTINGENT("nk_second_contingent", "North Korea sends a further contingent of troops (amount)",
            null, false),
    NK_TROOPS_WITHDRAW("nk_troops_withdraw", "North Korean troops withdraw from combat",
            null, false),
    CHINA_PRESSES_PYONGYANG("china_presses_pyongyang", "China presses Pyongyang and Moscow to step back",
            null, false);

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

    public static EventType fromKey(String key) {
        for (EventType e : values()) if (e.key.equals(key)) return e;
        return null;
    }
}
