package brink.model;

import java.io.Serializable;

/** An exogenous event on a fixed day: from a scenario file, or injected by a teacher from the GUI. */
public record ScheduledEvent(int day, EventType type, double amount, String note, boolean injected)
        implements Serializable {
}
