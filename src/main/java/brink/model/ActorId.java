package brink.model;

/** The six actors. NATO stands for the alliance with the United States inside it. */
public enum ActorId {
    RUSSIA("russia", "Russia", Camp.RUSSIAN),
    NORTH_KOREA("north_korea", "North Korea", Camp.RUSSIAN),
    UKRAINE("ukraine", "Ukraine", Camp.WESTERN),
    NATO("nato", "NATO (with the US)", Camp.WESTERN),
    SOUTH_KOREA("south_korea", "South Korea", Camp.WESTERN),
    CHINA("china", "China", Camp.NEUTRAL);

    /** Which side of the war an actor stands on; it decides whose rungs count as hostility. */
    public enum Camp { RUSSIAN, WESTERN, NEUTRAL }

    public static final int COUNT = values().length;
    /** values() without the copy (read every day). */
    static final ActorId[] VALUES = values();

    private final String key;
    private final String displayName;
    private final Camp camp;

    ActorId(String key, String displayName, Camp camp) {
        this.key = key;
        this.displayName = displayName;
        this.camp = camp;
    }

    /** The snake_case key used in scenario files. */
    public String key() { return key; }
    public String displayName() { return displayName; }
    public Camp camp() { return camp; }

    public static ActorId fromKey(String key) {
        for (ActorId a : values()) if (a.key.equals(key)) return a;
        return null;
    }
}
