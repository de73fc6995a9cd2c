package brink.model;

/** The daily series every run records (one value per metric per day, day 0 = initial state). */
public enum Metric {
    ESCALATION_LEVEL("escalation_level", "Escalation level (highest active rung)", "rung"),
    MAX_RUNG("max_rung", "Highest rung crossed so far", "rung"),
    PRESSURE_RUSSIA("pressure_russia", "Pressure on Russia", "pressure"),
    PRESSURE_NORTH_KOREA("pressure_north_korea", "Pressure on North Korea", "pressure"),
    PRESSURE_UKRAINE("pressure_ukraine", "Pressure on Ukraine", "pressure"),
    PRESSURE_NATO("pressure_nato", "Pressure on NATO", "pressure"),
    PRESSURE_SOUTH_KOREA("pressure_south_korea", "Pressure on South Korea", "pressure"),
    PRESSURE_CHINA("pressure_china", "Pressure on China", "pressure"),
    RUSSIAN_CASUALTIES("russian_casualties", "Russian killed and wounded, cumulative since Feb 2022", "soldiers"),
    UKRAINIAN_CASUALTIES("ukrainian_casualties", "Ukrainian killed and wounded, cumulative", "soldiers"),
    RUSSIAN_DAILY_CASUALTIES("russian_daily_casualties", "Russian killed and wounded that day", "soldiers/day"),
    UKRAINIAN_DAILY_CASUALTIES("ukrainian_daily_casualties", "Ukrainian killed and wounded that day", "soldiers/day"),
    RUSSIAN_MANPOWER("russian_manpower", "Russian manpower at the front", "soldiers"),
    UKRAINIAN_MANPOWER("ukrainian_manpower", "Ukrainian manpower at the front", "soldiers"),
    NK_IN_COMBAT("nk_in_combat", "North Korean troops in combat", "soldiers"),
    NK_LOST("nk_lost", "North Korean troops killed or wounded, cumulative", "soldiers"),
    NK_DEFECTED("nk_defected", "North Korean troops defected, cumulative", "soldiers"),
    KURSK_CONTROL("kursk_control", "Russian share of the Kursk salient", "share"),
    WAR_PHASE("war_phase", "War phase (0 fighting, 1 ceasefire, 2 Ukraine collapsed, 3 Russia collapsed)", "phase");

    public static final int COUNT = values().length;
    private static final Metric[] VALUES = values();

    private final String key;
    private final String title;
    private final String unit;

    Metric(String key, String title, String unit) {
        this.key = key;
        this.title = title;
        this.unit = unit;
    }

    public String key() { return key; }
    public String title() { return title; }
    public String unit() { return unit; }

    public static Metric pressureOf(ActorId actor) {
        return VALUES[PRESSURE_RUSSIA.ordinal() + actor.ordinal()]; // no values() clone: called every day
    }

    public static Metric fromKey(String key) {
        for (Metric m : values()) if (m.key.equals(key)) return m;
        return null;
    }
}
