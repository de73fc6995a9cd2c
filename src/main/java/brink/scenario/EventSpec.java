package brink.scenario;

import brink.model.EventType;

/** A scheduled event as a scenario defines it (a date is already turned into a day). */
public record EventSpec(int day, EventType type, double amount, String note, Provenance provenance) {
}
