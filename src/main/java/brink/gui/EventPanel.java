package brink.gui;

import brink.model.EventType;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * One button per event type: a teacher's "what if" now. The event is queued for the next day and
 * shows in the log marked as injected. A further North Korean contingent asks for its size.
 */
final class EventPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    static final double DEFAULT_CONTINGENT = 10_000;

    /** What a button does: the GUI's thread-safe injection. */
    interface Injector {
        /** @return a message for the status line */
        String inject(EventType type, double amount);
    }

    private final Map<EventType, JButton> buttons = new EnumMap<>(EventType.class);
    private final JLabel status = new JLabel(" ");

    EventPanel(Injector injector) {
        super(new BorderLayout(0, 6));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JLabel help = new JLabel("<html>Click to make it happen <b>tomorrow</b> (marked INJECTED in the log).</html>");
        help.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        add(help, BorderLayout.NORTH);
        JPanel grid = new JPanel(new GridLayout(0, 1, 0, 4));
        Font font = new Font(Font.SANS_SERIF, Font.BOLD, 15);
        for (EventType t : EventType.values()) {
            String rung = t.rung() == null ? "" : (t.isStepDown() ? "  (rung " + t.rung().level() + " off)" : "  (rung " + t.rung().level() + ")");
            JButton b = new JButton(shortLabel(t) + rung);
            b.setFont(font);
            b.setHorizontalAlignment(JButton.LEFT);
            b.setToolTipText(t.description() + " [" + t.key() + "]");
            DoubleSupplier amount = t.needsAmount() ? this::askContingent : () -> 0;
            b.addActionListener(e -> {
                double a = amount.getAsDouble();
                if (Double.isNaN(a)) return;
                status.setText(injector.inject(t, a));
            });
            buttons.put(t, b);
            grid.add(b);
        }
        add(grid, BorderLayout.CENTER);
        status.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        status.setForeground(new Color(20, 100, 20));
        add(status, BorderLayout.SOUTH);
    }

    /** Asks how many troops; NaN when the teacher cancels or types nonsense. */
    private double askContingent() {
        String s = JOptionPane.showInputDialog(this, "How many North Korean troops does the new contingent bring?",
                String.format("%.0f", DEFAULT_CONTINGENT));
        if (s == null) return Double.NaN;
        try {
            double v = Double.parseDouble(s.replace(",", "").trim());
            if (v >= 1 && v <= 200_000) return v;
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        JOptionPane.showMessageDialog(this, "Please give a number of troops from 1 to 200,000.");
        return Double.NaN;
    }

    /** Button text short enough for a narrow window; the tooltip has the full description. */
    static String shortLabel(EventType t) {
        switch (t) {
            case US_LIFTS_STRIKE_RESTRICTIONS: return "US lifts long-range strike limits";
            case US_REIMPOSES_STRIKE_RESTRICTIONS: return "US reimposes strike limits";
            case RUSSIA_COUNTER_SIGNAL: return "Russian counter-signal";
            case NK_TROOPS_ENTER_COMBAT: return "NK troops enter combat in Kursk";
            case SK_LETHAL_AID: return "South Korea sends lethal aid";
            case SK_HALTS_LETHAL_AID: return "South Korea halts lethal aid";
            case NK_TROOPS_CROSS_INTO_UKRAINE: return "NK troops cross into Ukraine";
            case NATO_INTERCEPTS: return "NATO intercepts from its territory";
            case RUSSIA_ATTACKS_NATO: return "Russia attacks NATO territory";
            case NATO_RUSSIA_CLASH: return "NATO-Russia direct clash";
            case RUSSIA_NUCLEAR_ALERT: return "Russian nuclear alert";
            case NK_SECOND_CONTINGENT: return "NK sends more troops...";
            case NK_TROOPS_WITHDRAW: return "NK troops withdraw";
            case CHINA_PRESSES_PYONGYANG: return "China presses Pyongyang";
            default: return t.description();
        }
    }

    JButton button(EventType t) { return buttons.get(t); }

    String status() { return status.getText(); }
}
