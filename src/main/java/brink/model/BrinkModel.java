package brink.model;

import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The Brink simulation: six actors on an escalation ladder over a daily front, on MASON's
 * {@link Schedule}. One step is one day. Every day a {@link Sequence} runs the six
 * {@link Actor}s (each decides from yesterday's state) and then the {@link DayResolver}
 * (applies all decisions together, events, triggers, the hazard and the front).
 *
 * <p>The model knows nothing of who drives it (GUI, Monte Carlo runner, sweep runner) and touches
 * no files, windows or charts. One instance is reused across replications: set the parameters,
 * seed {@link #random}, call {@link #start()} and step.
 */
public class BrinkModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelParameters params;
    private final RunRecord record;
    private final EscalationLadder ladder = new EscalationLadder();
    private final Front front = new Front();
    private final Actor[] actors = new Actor[ActorId.COUNT];
    private final Sequence daily;
    private transient Narrator narrator;
    private Stoppable dailyStop;

    private int day;
    private int ukrainianPosture;
    private boolean chinaPressing;
    /** China presses because an event or rule made it, not by its own daily choice: it does not ease off by itself. */
    private boolean chinaCommitted;
    private int nextEvent;
    private final List<ScheduledEvent> injected = new ArrayList<>();
    private boolean[] triggerEvaluated = new boolean[0];
    private int[] triggerDueDay = new int[0];
    /** The earliest day a rule is due on (MAX_VALUE: none), so that most days skip the rules. */
    private int nextDueDay = Integer.MAX_VALUE;
    /** Rules whose condition has not held yet: when none is left the daily check is skipped. */
    private int unevaluated;
    /** Of those, the ones on Kursk (which moves daily); the rest are about rungs, which change rarely. */
    private int unevaluatedKursk;
    /** The ladder's version when the rules were last checked: with no Kursk rule left, a check waits for a change. */
    private int checkedLadderVersion;

    public BrinkModel(ModelParameters params, RunRecord record) {
        super(0L);
        random = new FastGaussianRandom(); // MASON's generator with a JIT-friendly nextGaussian
        this.params = params;
        this.record = record;
        Steppable[] steps = new Steppable[ActorId.COUNT + 1];
        for (ActorId id : ActorId.values()) {
            actors[id.ordinal()] = new Actor(id);
            steps[id.ordinal()] = actors[id.ordinal()];
        }
        steps[ActorId.COUNT] = new DayResolver();
        daily = new Sequence(steps);
        daily.setEnsuresOrder(true);
    }

    /**
     * MASON's {@code setSeed(long)} (the Console's seed field) replaces the generator with a plain
     * {@code MersenneTwisterFast}; the model keeps its own kind, so a run gives the same draws
     * whether it was started from the GUI, {@code brink trace} or the Monte Carlo runner.
     */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        FastGaussianRandom fast = new FastGaussianRandom();
        fast.setSeed((long) (int) seed);
        random = fast;
    }

    /** Seeds this run's generator from a full int[] key (MASON's long seed keeps only 32 bits). */
    public void seed(int[] key) {
        random.setSeed(key);
    }

    @Override
    public void start() {
        super.start();
        day = 0;
        ukrainianPosture = 0;
        chinaPressing = false;
        chinaCommitted = false;
        nextEvent = 0;
        injected.clear();
        int n = params.triggers.size();
        if (triggerEvaluated.length != n) {
            triggerEvaluated = new boolean[n];
            triggerDueDay = new int[n];
        }
        java.util.Arrays.fill(triggerEvaluated, false);
        java.util.Arrays.fill(triggerDueDay, EscalationLadder.NEVER);
        nextDueDay = Integer.MAX_VALUE;
        unevaluated = n;
        unevaluatedKursk = 0;
        for (TriggerRule t : params.triggers) if (t.condition != TriggerRule.Condition.RUNG_CROSSED) unevaluatedKursk++;
        checkedLadderVersion = Integer.MIN_VALUE; // the ladder's version never is: day 0 is checked
        ladder.reset(params.initiallyActive);
        front.reset(params.front);
        for (Actor a : actors) a.reset(params.actors[a.id().ordinal()]);
        if (record != null) record.begin(params.horizonDays);
        checkTriggerConditions(0);
        recordDay(0);
        dailyStop = schedule.scheduleRepeating(Schedule.EPOCH, 0, daily, 1.0);
    }

    /** Runs the remaining days up to the horizon through the schedule. */
    public void runToHorizon() {
        while (day < params.horizonDays && schedule.step(this)) {
            // each schedule step is one day
        }
    }

    /** One day without the schedule: the same Sequence called directly (the benchmark's baseline). */
    public void stepDayDirectly() {
        daily.step(this);
    }

    // ---- state the GUI, the recorders and the tests read ----

    public ModelParameters parameters() { return params; }
    public EscalationLadder ladder() { return ladder; }
    public Front front() { return front; }
    public Actor[] actors() { return actors; }
    public Actor actor(ActorId id) { return actors[id.ordinal()]; }
    public int day() { return day; }
    public int ukrainianPosture() { return ukrainianPosture; }
    public boolean chinaPressing() { return chinaPressing; }
    /** Whether China's pressing comes from an event or rule (then it does not ease off by its own choice). */
    public boolean chinaCommitted() { return chinaCommitted; }
    public RunRecord record() { return record; }
    public Narrator narrator() { return narrator; }
    public void setNarrator(Narrator narrator) { this.narrator = narrator; }

    /**
     * Queues an event to happen on the next day, marked as injected (the GUI's event buttons).
     * Safe to call between steps.
     */
    public void inject(EventType type, double amount) {
        injected.add(new ScheduledEvent(day + 1, type, amount, "injected by the user", true));
    }

    // ---- used by the resolver ----

    int advanceDay() { return ++day; }

    void stopDailyStep() {
        if (dailyStop != null) dailyStop.stop();
    }

    void applyScheduledEvents(int today) {
        List<ScheduledEvent> events = params.events;
        while (nextEvent < events.size() && events.get(nextEvent).day() <= today) {
            ScheduledEvent e = events.get(nextEvent++);
            if (e.day() == today) applyEvent(e.type(), e.amount(), today, e.injected() ? "injected event" : "scheduled event", e.note());
        }
        if (!injected.isEmpty()) {
            for (ScheduledEvent e : injected) applyEvent(e.type(), e.amount(), today, "injected event", e.note());
            injected.clear();
        }
    }

    void applyDueTriggers(int today) {
        if (today < nextDueDay) return; // nothing due today (due days always lie after the day they are set)
        List<TriggerRule> triggers = params.triggers;
        int next = Integer.MAX_VALUE;
        for (int i = 0; i < triggers.size(); i++) {
            if (triggerDueDay[i] > today) next = Math.min(next, triggerDueDay[i]);
            if (triggerDueDay[i] == today) {
                TriggerRule t = triggers.get(i);
                // the texts are for the narrative only: not built in Monte Carlo runs
                boolean narrated = narrator != null;
                applyEvent(t.action, t.amount, today, narrated ? "trigger " + t.id : null, narrated ? t.describe() : null);
            }
        }
        nextDueDay = next;
    }

    /** Evaluates each rule once, on the first day its condition holds: a Bernoulli draw, then a delay. */
    void checkTriggerConditions(int today) {
        if (unevaluated == 0) return;
        // a rung rule that did not hold at the last check cannot hold before the ladder changes
        if (unevaluatedKursk == 0 && ladder.version() == checkedLadderVersion) return;
        checkedLadderVersion = ladder.version();
        List<TriggerRule> triggers = params.triggers;
        for (int i = 0; i < triggers.size(); i++) {
            if (triggerEvaluated[i]) continue;
            TriggerRule t = triggers.get(i);
            boolean holds = t.condition == TriggerRule.Condition.RUNG_CROSSED
                    ? ladder.isActive(t.whenRung)
                    : front.kurskControl < 1.0;
            if (!holds) continue;
            triggerEvaluated[i] = true;
            unevaluated--;
            if (t.condition != TriggerRule.Condition.RUNG_CROSSED) unevaluatedKursk--;
            if (random.nextDouble() < t.probability) {
                int delay = 1 + (int) Math.floor(random.nextDouble() * Math.max(0.0, t.withinDays));
                triggerDueDay[i] = today + Math.min(delay, Math.max(1, (int) Math.ceil(t.withinDays)));
                nextDueDay = Math.min(nextDueDay, triggerDueDay[i]);
                if (narrator != null) {
                    narrator.record(today, null, "trigger " + t.id,
                            String.format("Condition met: %s (chance %.0f%%); it will happen on day %d.",
                                    t.describe(), 100 * t.probability, triggerDueDay[i]),
                            "triggers." + t.id + ".probability");
                }
            } else if (narrator != null) {
                narrator.record(today, null, "trigger " + t.id,
                        String.format("Condition met: %s, but this time the commitment is not honoured (chance was %.0f%%).",
                                t.describe(), 100 * t.probability),
                        "triggers." + t.id + ".probability");
            }
        }
    }

    /** Applies one event; the narrative names where it came from. */
    void applyEvent(EventType type, double amount, int today, String rule, String note) {
        boolean changed;
        Rung rung = type.rung();
        if (rung != null && type.isStepDown()) {
            changed = ladder.stepDown(rung, today);
        } else if (rung != null) {
            Rung pre = Actor.prerequisite(rung);
            if (pre != null) {
                ladder.cross(pre, today);
                ladder.commit(pre);
            }
            changed = ladder.cross(rung, today);
            // an exogenous crossing is a commitment: the actor's daily choice does not undo it
            ladder.commit(rung);
        } else {
            switch (type) {
                case NK_SECOND_CONTINGENT:
                    front.addNkTroops(amount, params.front.nkCombatEntryDays);
                    break;
                case NK_TROOPS_WITHDRAW:
                    ladder.stepDown(Rung.NK_IN_UKRAINE, today);
                    ladder.stepDown(Rung.NK_COMBAT_IN_KURSK, today);
                    front.withdrawNk();
                    break;
                case CHINA_PRESSES_PYONGYANG:
                    chinaPressing = true;
                    chinaCommitted = true;
                    break;
                default:
                    throw new IllegalStateException("unhandled event " + type);
            }
            changed = true;
        }
        if (narrator != null) {
            String what = type.description() + (type.needsAmount() ? String.format(" (%,.0f troops)", amount) : "");
            String text = changed ? what + "." : what + " - no change, already so.";
            if (note != null && !note.isEmpty()) text += " [" + note + "]";
            narrator.record(today, null, rule, text, null);
        }
    }

    void changePosture(Actor a, boolean up, int today) {
        if (a.id() == ActorId.UKRAINE) {
            int before = ukrainianPosture;
            ukrainianPosture = Math.max(-1, Math.min(1, ukrainianPosture + (up ? 1 : -1)));
            if (narrator != null && before != ukrainianPosture) {
                String[] names = {"defensive", "holding", "offensive"};
                narrator.record(today, a.id(), "logit choice",
                        String.format("Ukraine shifts from a %s to a%s %s posture (drive %.2f against threshold %.2f).",
                                names[before + 1], ukrainianPosture == 1 ? "n" : "", names[ukrainianPosture + 1],
                                a.lastDrive, a.lastThreshold),
                        "actors.ukraine.posture_threshold");
            }
        } else if (a.id() == ActorId.CHINA) {
            boolean before = chinaPressing;
            chinaPressing = up;
            if (narrator != null && before != chinaPressing) {
                narrator.record(today, a.id(), "logit choice",
                        (up ? "China presses Pyongyang and Moscow to step back" : "China eases its pressure on Pyongyang and Moscow")
                                + String.format(" (drive %.2f against threshold %.2f).", a.lastDrive, a.lastThreshold),
                        "actors.china.posture_threshold");
            }
        }
    }

    void recordDay(int d) {
        if (record == null) return;
        record.set(Metric.ESCALATION_LEVEL, d, ladder.level());
        record.set(Metric.MAX_RUNG, d, ladder.maxRung());
        for (Actor a : actors) record.set(Metric.pressureOf(a.id()), d, a.pressure);
        record.set(Metric.RUSSIAN_CASUALTIES, d, front.russianCumulative);
        record.set(Metric.UKRAINIAN_CASUALTIES, d, front.ukrainianCumulative);
        record.set(Metric.RUSSIAN_DAILY_CASUALTIES, d, front.russianToday);
        record.set(Metric.UKRAINIAN_DAILY_CASUALTIES, d, front.ukrainianToday);
        record.set(Metric.RUSSIAN_MANPOWER, d, front.russianManpower);
        record.set(Metric.UKRAINIAN_MANPOWER, d, front.ukrainianManpower);
        record.set(Metric.NK_IN_COMBAT, d, front.nkInCombat);
        record.set(Metric.NK_LOST, d, front.nkLost);
        record.set(Metric.NK_DEFECTED, d, front.nkDefected);
        record.set(Metric.KURSK_CONTROL, d, front.kurskControl);
        if (d == params.horizonDays) record.finish(ladder);
    }
}
