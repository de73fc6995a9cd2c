package brink.gui;

import brink.model.ActorId;
import brink.model.Narration;
import brink.model.Narrator;
import brink.scenario.ParameterSpec;
import brink.scenario.Scenario;

import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * The narrative log: every decision and event the model reports, as plain sentences a class can
 * read, each with the rule that fired and, where a parameter mattered, the source quote behind it.
 * The model calls {@link #record} in its own thread; the text area is updated on the event thread.
 */
final class NarrativeLog implements Narrator {
    static final String INJECTED_MARK = "[INJECTED] ";
    private static final int MAX_CHARS = 400_000;

    private final JTextArea area = new JTextArea();
    private final List<String> entries = new ArrayList<>();
    private volatile Scenario scenario;

    NarrativeLog() {
        area.setEditable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
    }

    JTextArea area() { return area; }

    void setScenario(Scenario scenario) { this.scenario = scenario; }

    @Override
    public void record(Narration n) {
        Scenario s = scenario;
        int day = n.day();
        ActorId actor = n.actor();
        String text = n.text();
        StringBuilder sb = new StringBuilder();
        sb.append("Day ").append(day).append(" (").append(s.dateOf(day)).append(")  ");
        if (n instanceof Narration.EventApplied e && e.origin() == Narration.Origin.INJECTED) sb.append(INJECTED_MARK);
        // name the actor unless the sentence already starts with it
        if (actor != null && !text.startsWith(actor.displayName())) sb.append(actor.displayName()).append(": ");
        sb.append(text).append('\n');
        sb.append("      cause: ").append(n.cause());
        ParameterSpec p = n.parameter() == null ? null : s.parameter(n.parameter());
        if (p != null) sb.append("; ").append(n.parameter().path()).append(" - ").append(p.provenance().describe());
        sb.append('\n');
        append(sb.toString());
    }

    /** A line from the GUI itself (restart, queued injection, checkpoint loaded). */
    void note(String line) {
        append("-- " + line + '\n');
    }

    void clear() {
        synchronized (entries) {
            entries.clear();
        }
        SwingUtilities.invokeLater(() -> area.setText(""));
    }

    private void append(String entry) {
        synchronized (entries) {
            entries.add(entry);
        }
        SwingUtilities.invokeLater(() -> {
            area.append(entry);
            int len = area.getDocument().getLength();
            if (len > MAX_CHARS) area.replaceRange("", 0, len - MAX_CHARS);
            area.setCaretPosition(area.getDocument().getLength());
        });
    }

    /** Everything logged since the last clear (for tests). */
    List<String> entries() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }
}
