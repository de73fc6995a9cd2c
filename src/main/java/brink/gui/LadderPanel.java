package brink.gui;

import brink.model.EscalationLadder;
import brink.model.Rung;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The escalation ladder, top rung at the top: every rung with its name; the active ones lit in
 * their severity's colour with the day they were crossed; the current top rung framed and marked.
 * Updated on the event thread from a {@link DaySnapshot}.
 */
final class LadderPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final Font NAME = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Font DAY = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    private static final Color OFF = new Color(235, 235, 235);

    private final JPanel[] rows = new JPanel[Rung.COUNT];
    private final JLabel[] names = new JLabel[Rung.COUNT];
    private final JLabel[] days = new JLabel[Rung.COUNT];

    LadderPanel() {
        super(new GridLayout(Rung.COUNT, 1, 0, 3));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        setBackground(Color.WHITE);
        for (int level = Rung.COUNT - 1; level >= 0; level--) {
            Rung r = Rung.ofLevel(level);
            JPanel row = new JPanel(new BorderLayout(8, 0));
            JLabel name = new JLabel(level + "  " + r.title());
            name.setFont(NAME);
            JLabel day = new JLabel("", SwingConstants.RIGHT);
            day.setFont(DAY);
            row.add(name, BorderLayout.CENTER);
            row.add(day, BorderLayout.EAST);
            rows[level] = row;
            names[level] = name;
            days[level] = day;
            add(row);
        }
        clear();
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (last == null) clear(); else show(last);
            }
        });
    }

    private DaySnapshot last;

    /** Every rung unlit (before the first day). */
    void clear() {
        last = null;
        for (int level = 0; level < Rung.COUNT; level++) paintRow(level, false, EscalationLadder.NEVER, EscalationLadder.NEVER, false);
    }

    void show(DaySnapshot s) {
        last = s;
        for (int level = 0; level < Rung.COUNT; level++) {
            paintRow(level, s.active[level], s.firstCrossed[level], s.lastChanged[level], level == s.level);
        }
    }

    private void paintRow(int level, boolean active, int firstDay, int lastDay, boolean top) {
        Rung r = Rung.ofLevel(level);
        JPanel row = rows[level];
        Color lit = PressureColors.ofSeverity(r.severity());
        boolean crossedBefore = !active && firstDay != EscalationLadder.NEVER;
        // a rung crossed and later stepped down keeps a pale trace of its colour
        row.setBackground(active ? lit : crossedBefore ? blend(lit, OFF, 0.25) : OFF);
        names[level].setForeground(active ? Color.BLACK : new Color(110, 110, 110));
        // a second date goes on its own line: on one line it squeezed the rung's name into three
        // lines, more than the row holds
        String when;
        if (active) when = firstDay == lastDay || lastDay == EscalationLadder.NEVER ? "day " + firstDay
                : "day " + firstDay + ",<br>again day " + lastDay;
        else if (firstDay != EscalationLadder.NEVER) when = "day " + firstDay + ",<br>off " + lastDay;
        else when = "";
        String now = top ? "&nbsp;&nbsp;&nbsp;\u25C0 NOW" : "";
        days[level].setText("<html><div style='text-align:right'>" + when + now + "</div></html>");
        days[level].setForeground(names[level].getForeground());
        row.setBorder(top ? BorderFactory.createLineBorder(Color.BLACK, 4)
                : BorderFactory.createEmptyBorder(4, 4, 4, 4));
        if (top) row.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(Color.BLACK, 3),
                BorderFactory.createEmptyBorder(1, 1, 1, 1)));
        // wrap long rung names inside the row instead of cutting them off
        // (Swing's HTML renders CSS pixels about a third larger than screen pixels)
        int width = (int) (0.74 * Math.max(160, getWidth() - days[level].getPreferredSize().width - 44));
        names[level].setText("<html><div style='width:" + width + "px'>" + level + "&nbsp;&nbsp;"
                + (top ? "<u>" + r.title() + "</u>" : r.title()) + "</div></html>");
    }

    private static Color blend(Color a, Color b, double share) {
        return new Color((int) (share * a.getRed() + (1 - share) * b.getRed()),
                (int) (share * a.getGreen() + (1 - share) * b.getGreen()), (int) (share * a.getBlue() + (1 - share) * b.getBlue()));
    }

    /** The rung names as shown, top rung first (for tests and screen readers). */
    List<String> rungTexts() {
        List<String> out = new ArrayList<>();
        for (int level = Rung.COUNT - 1; level >= 0; level--) out.add(names[level].getText().replaceAll("<[^>]*>", "").replace("&nbsp;", " "));
        return out;
    }

    /** The day text of one rung as shown. */
    String dayText(Rung r) { return days[r.ordinal()].getText().replace("<br>", " ").replaceAll("<[^>]*>", "").replace("&nbsp;", " "); }
}
