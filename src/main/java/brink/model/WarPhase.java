package brink.model;

/** Where the war stands: fighting, in a ceasefire, or over because one army collapsed. */
public enum WarPhase {
    FIGHTING("fighting"),
    CEASEFIRE("ceasefire"),
    UKRAINE_COLLAPSED("ukraine_collapsed"),
    RUSSIA_COLLAPSED("russia_collapsed");

    private final String key;

    WarPhase(String key) { this.key = key; }

    public String key() { return key; }

    /** Whether the war is over (a collapse ends it for the rest of the run). */
    public boolean isOver() { return this == UKRAINE_COLLAPSED || this == RUSSIA_COLLAPSED; }
}
