package brink.model;

import brink.random.Substream;

import java.io.Serializable;

/**
 * How the war ends (docs/model.md 7.9). While the armies fight, a ceasefire (and talks) begins
 * with a daily hazard that grows with the manpower stress of the more stressed army: an army
 * running out of soldiers is pushed toward negotiations (source 001: Ukraine "could exhaust its
 * manpower and find itself forced into unfavorable negotiations"). A ceasefire breaks down with
 * a hazard that is highest when it starts and fades as it holds (Fortna 2004: cease-fires become
 * more durable the longer they last), so that {@code ceasefire_breakdown} is the chance it ever
 * breaks down. An army that falls below the collapse share of its day-0 strength collapses,
 * which ends the war for the rest of the run.
 */
final class War implements Serializable {
    private static final long serialVersionUID = 1L;

    private WarPhase phase = WarPhase.FIGHTING;
    private int firstCeasefireDay = EscalationLadder.NEVER;
    private int endDay = EscalationLadder.NEVER;
    private double ceasefireBase;
    /** Log-survival of a ceasefire on its first day, and its daily fading factor. */
    private double breakdownOnset;
    private double breakdownDecay;
    /** The current ceasefire's breakdown threshold, summed log-survival and today's log-survival. */
    private double breakdownThreshold;
    private double breakdownSum;
    private double breakdownToday;

    void reset(DecisionParameters d) {
        phase = WarPhase.FIGHTING;
        firstCeasefireDay = EscalationLadder.NEVER;
        endDay = EscalationLadder.NEVER;
        ceasefireBase = DecisionParameters.perDay(d.ceasefirePerYear);
        double tau = Math.max(1.0, d.ceasefireDurabilityDays);
        breakdownOnset = d.ceasefireBreakdown >= 1 ? Double.POSITIVE_INFINITY
                : -StrictMath.log1p(-d.ceasefireBreakdown) * -StrictMath.expm1(-1.0 / tau);
        breakdownDecay = StrictMath.exp(-1.0 / tau);
    }

    /**
     * One day's change of phase, after the day's fighting. Draws one uniform a day from {@code
     * stream}, whatever the phase; a ceasefire's breakdown is drawn from {@code breakdowns} by the
     * integrated-hazard method (one exponential threshold per ceasefire, see {@link RuleBook}).
     * Returns the hazard that acted when the phase changed, or NaN.
     */
    double step(int day, Front front, FrontParameters fp, DecisionParameters d, Substream stream, Substream breakdowns) {
        double u = stream.uniform();
        if (phase.isOver()) return Double.NaN;
        if (front.ukraineCollapsed(fp.collapseShare)) return end(WarPhase.UKRAINE_COLLAPSED, day);
        if (front.russiaCollapsed(fp.collapseShare)) return end(WarPhase.RUSSIA_COLLAPSED, day);
        if (phase == WarPhase.FIGHTING) {
            double stress = Math.max(front.ukrainianStress(), front.russianStress());
            double hazard = Math.min(1.0, ceasefireBase * (1.0 + d.ceasefireStressWeight * stress));
            if (u < hazard) {
                phase = WarPhase.CEASEFIRE;
                if (firstCeasefireDay == EscalationLadder.NEVER) firstCeasefireDay = day;
                breakdownThreshold = breakdowns.exponential();
                breakdownSum = 0;
                breakdownToday = breakdownOnset;
                return hazard;
            }
        } else {
            breakdownSum += breakdownToday;
            double hazard = -StrictMath.expm1(-breakdownToday);
            breakdownToday *= breakdownDecay;
            if (breakdownSum >= breakdownThreshold) {
                phase = WarPhase.FIGHTING;
                return hazard;
            }
        }
        return Double.NaN;
    }

    private double end(WarPhase to, int day) {
        phase = to;
        endDay = day;
        return 1.0;
    }

    /** Fighting intensity: 1 at war, the ceasefire share in a ceasefire, 0 once the war is over. */
    double intensity(DecisionParameters d) {
        return switch (phase) {
            case FIGHTING -> 1.0;
            case CEASEFIRE -> d.ceasefireIntensity;
            default -> 0.0;
        };
    }

    WarPhase phase() { return phase; }
    int firstCeasefireDay() { return firstCeasefireDay; }
    int endDay() { return endDay; }
}
