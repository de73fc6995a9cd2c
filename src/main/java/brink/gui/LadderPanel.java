package brink.gui;

import brink.model.EscalationLadder;
import brink.model.Rung;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
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
    /** Room each side of a row's text: the top row's 3 px frame and a pixel, the other rows' empty border. */
    private static final int ROW_BORDER = 4;
    /** Between a rung's name and its dates. */
    private static final int GAP = 8;

    private final JPanel[] rows = new JPanel[Rung.COUNT];
    private final JLabel[] names = new JLabel[Rung.COUNT];
    private final JLabel[] days = new JLabel[Rung.COUNT];

    LadderPanel() {
        super(new GridLayout(Rung.COUNT, 1, 0, 3));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        setBackground(Color.WHITE);
        for (int level = Rung.COUNT - 1; level >= 0; level--) {
            Rung r = Rung.ofLevel(level);
            JPanel row = new JPanel(new BorderLayout(GAP, 0));
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
        // the dates stay narrow, so that the name keeps two lines' worth of width: a second date goes on its own line
        // ("off 56", "again 92"), and the top rung's NOW under a single date (beside two, which are rare)
        List<String> when = new ArrayList<>();
        if (firstDay != EscalationLadder.NEVER) {
            when.add("day " + firstDay + (active && (firstDay == lastDay || lastDay == EscalationLadder.NEVER) ? "" : ","));
            if (!active) when.add("off " + lastDay);
            else if (firstDay != lastDay && lastDay != EscalationLadder.NEVER) when.add("again " + lastDay);
        }
        if (top) {
            if (when.size() == 1) when.add("\u25C0 NOW");
            else when.set(when.size() - 1, when.get(when.size() - 1) + "&nbsp;&nbsp;\u25C0 NOW");
        }
        days[level].setText(when.isEmpty() ? "" : "<html><div style='text-align:right'>" + String.join("<br>", when) + "</div></html>");
        days[level].setForeground(names[level].getForeground());
        // a row is about 43 px high in the default window and a name may take two lines (34 px): the top row's frame
        // takes 3 px above and below, the other rows keep 1 px
        row.setBorder(top ? BorderFactory.createCompoundBorder(BorderFactory.createLineBorder(Color.BLACK, 3),
                BorderFactory.createEmptyBorder(0, ROW_BORDER - 3, 0, ROW_BORDER - 3))
                : BorderFactory.createEmptyBorder(ROW_BORDER - 3, ROW_BORDER, ROW_BORDER - 3, ROW_BORDER));
        // the name wrapped at the width the row leaves it, measured with the font that draws it; a row holds two
        // lines, so a title that would need three (a long one beside two dates and NOW) is set a point smaller
        int width = getWidth() > 0 ? getWidth() : 416; // before the first layout: the window's width on a 1600 px screen
        int room = width - getInsets().left - getInsets().right - 2 * ROW_BORDER - GAP - days[level].getPreferredSize().width - 2;
        String title = level + "  " + r.title();
        Font font = NAME;
        List<String> lines = wrap(title, getFontMetrics(font), room);
        while (lines.size() > 2 && font.getSize() > 10) {
            font = font.deriveFont(font.getSize2D() - 1);
            lines = wrap(title, getFontMetrics(font), room);
        }
        names[level].setFont(font);
        String html = String.join("<br>", lines).replace("  ", "&nbsp;&nbsp;");
        names[level].setText("<html>" + (top ? "<u>" + html + "</u>" : html) + "</html>");
    }

    /** Words laid into lines no wider than {@code room} pixels (a word wider than that gets a line of its own). */
    static List<String> wrap(String text, FontMetrics fm, int room) {
        List<String> out = new ArrayList<>();
        // the rung's number stays with the first word
        String[] words = text.replaceFirst("^(\\d+)  ", "$1\u00A0\u00A0").split(" ");
        StringBuilder line = new StringBuilder();
        for (String w : words) {
            String next = line.length() == 0 ? w : line + " " + w;
            if (line.length() > 0 && fm.stringWidth(next) > room) {
                out.add(line.toString());
                line = new StringBuilder(w);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) out.add(line.toString());
        for (int i = 0; i < out.size(); i++) out.set(i, out.get(i).replace('\u00A0', ' '));
        return out;
    }

    private static Color blend(Color a, Color b, double share) {
        return new Color((int) (share * a.getRed() + (1 - share) * b.getRed()),
                (int) (share * a.getGreen() + (1 - share) * b.getGreen()), (int) (share * a.getBlue() + (1 - share) * b.getBlue()));
    }

    /** The rung names as shown, top rung first (for tests and screen readers). */
    List<String> rungTexts() {
        List<String> out = new ArrayList<>();
        for (int level = Rung.COUNT - 1; level >= 0; level--) {
            out.add(names[level].getText().replace("<br>", " ").replaceAll("<[^>]*>", "").replace("&nbsp;", " "));
        }
        return out;
    }

    /**
     * The cells whose text does not fit: a rung's name or day label that needs more room (its preferred size) than
     * the row gives it (its bounds), so that Swing would clip it. Empty when everything shows (for tests).
     */
    List<String> overflowingCells() {
        List<String> out = new ArrayList<>();
        for (int level = Rung.COUNT - 1; level >= 0; level--) {
            for (JLabel l : new JLabel[]{names[level], days[level]}) {
                Dimension want = l.getPreferredSize();
                if (want.width > l.getWidth() || want.height > l.getHeight()) {
                    out.add(String.format("rung %d %s: needs %d x %d, has %d x %d (%s)", level, l == names[level] ? "name" : "day",
                            want.width, want.height, l.getWidth(), l.getHeight(), l.getText()));
                }
            }
        }
        return out;
    }

    /** The day text of one rung as shown. */
    String dayText(Rung r) { return days[r.ordinal()].getText().replace("<br>", " ").replaceAll("<[^>]*>", "").replace("&nbsp;", " "); }
}
