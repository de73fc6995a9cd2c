package brink.model;

import brink.random.ReplicationSeed;
import sim.engine.Schedule;
import sim.engine.Sequence;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;

import java.util.ArrayList;
import java.util.List;

/**
 * The Brink simulation: six actors on an escalation ladder over a two-sector front, on MASON's
 * {@link Schedule}. One step is one day. Every day a {@link Sequence} runs the six {@link Actor}s
 * (each decides from yesterday's state) and then the {@link DayResolver} (applies everything
 * together). The named parts: the {@link EscalationLadder}, the {@link Front}, the
 * {@link Postures}, the {@link War}'s phase, the {@link RuleBook}, the actors' {@link Perception},
 * the {@link DayRecorder}; event effects live on {@link EventType}.
 *
 * <p>The model knows nothing of who drives it (GUI, Monte Carlo runner, sweep runner, trace) and
 * touches no files, windows or charts. One instance is reused across replications: set the
 * parameters, {@link #seed} it, call {@link #start()} and step. Every random element draws from its
 * own stream of the replication ({@code brink.random}); nothing draws from MASON's {@code random}.
 */
public class BrinkModel extends SimState {
    private static final long serialVersionUID = 1L;

    private final ModelParameters params;
    private final RunRecord record;
    private final EscalationLadder ladder = new EscalationLadder();
    private final Front front = new Front();
    private final Postures postures = new Postures();
    private final War war = new War();
    private final Perception perception = new Perception();
    private final RuleBook rules;
    private final ModelStreams streams = new ModelStreams();
    private final Actor[] actors = new Actor[ActorId.COUNT];
    private final Sequence daily;
    private transient Narrator narrator;
    private Stoppable dailyStop;
    private long root;
    private long masterSeed;

    private int day;
    private int nextEvent;
    private final List<ScheduledEvent> injected = new ArrayList<>();
    /** e^(-1 / habituation days), the daily factor on each standing rung's novelty. */
    private double noveltyFactor;
    private final boolean[] startingRungs = new boolean[Rung.COUNT];

    public BrinkModel(ModelParameters params, RunRecord record) {
        super(0L);
        random = streams.masonRandom();
        this.params = params;
        this.record = record;
        this.rules = new RuleBook(params.triggers);
        Steppable[] steps = new Steppable[ActorId.COUNT + 1];
        for (ActorId id : ActorId.values()) {
            actors[id.ordinal()] = new Actor(id);
            steps[id.ordinal()] = actors[id.ordinal()];
        }
        steps[ActorId.COUNT] = new DayResolver();
        daily = new Sequence(steps);
        daily.setEnsuresOrder(true);
        seed(0, 0, 0);
    }

    /**
     * MASON's {@code setSeed(long)} (the Console's seed field): replication 0 of that master seed,
     * the run {@code brink trace --seed S} tells.
     */
    @Override
    public void setSeed(long seed) {
        seed(seed, 0, 0);
    }

    /** Seeds the next run: replication {@code replication} of sweep point {@code point} under {@code masterSeed}. */
    public void seed(long masterSeed, long point, long replication) {
        root = ReplicationSeed.of(masterSeed, point, replication);
        this.masterSeed = masterSeed;
    }

    /** The master seed of the run (MASON's Console shows it). */
    @Override
    public long seed() { return masterSeed; }

    /** The replication's root seed (what the parameter sampler keys its streams on). */
    public long rootSeed() { return root; }

    /**
     * Starts a run at day 0. MASON's {@code SimState.start()} would prime its generator with 1,249
     * draws; nothing here draws from it, so only the schedule is reset.
     */
    @Override
    public void start() {
        schedule.reset();
        streams.reseed(root);
        day = 0;
        nextEvent = 0;
        injected.clear();
        noveltyFactor = StrictMath.exp(-1.0 / params.decision.habituationDays);
        // no troops, no deployment: "NK troops in Russia" is not a starting rung without troops
        System.arraycopy(params.initiallyActive, 0, startingRungs, 0, Rung.COUNT);
        if (params.contingent.troops < 1) startingRungs[Rung.NK_TROOPS_IN_RUSSIA.ordinal()] = false;
        ladder.reset(startingRungs);
        front.reset(params.front, params.contingent);
        postures.reset();
        war.reset(params.decision);
        rules.reset(root, params);
        for (Actor a : actors) a.reset(params.actors[a.id().ordinal()], root);
        if (record != null) record.begin(params.horizonDays);
        perception.update(ladder, front, params);
        if (record != null) DayRecorder.record(this, record, 0);
        dailyStop = schedule.scheduleRepeating(Schedule.EPOCH, 0, daily, 1.0);
    }

    /** Runs the remaining days up to the horizon through the schedule. */
    public void runToHorizon() {
        while (day < params.horizonDays && schedule.step(this)) {
            // each schedule step is one day
        }
    }

    /** One day without the schedule: the same Sequence called directly (the Monte Carlo's loop). */
    public void stepDayDirectly() {
        daily.step(this);
    }

    // ---- state the GUI, the recorders and the tests read ----

    public ModelParameters parameters() { return params; }
    public EscalationLadder ladder() { return ladder; }
    public Front front() { return front; }
    public Postures postures() { return postures; }
    public Perception perception() { return perception; }
    public Actor[] actors() { return actors; }
    public Actor actor(ActorId id) { return actors[id.ordinal()]; }
    public int day() { return day; }
    public WarPhase warPhase() { return war.phase(); }
    public int ukrainianPosture() { return postures.ukrainian; }
    public boolean chinaPressing() { return postures.chinaPressing; }
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

    // ---- used by the model's parts ----

    War war() { return war; }
    RuleBook rules() { return rules; }
    ModelStreams streams() { return streams; }

    int advanceDay() { return ++day; }

    void stopDailyStep() {
        if (dailyStop != null) dailyStop.stop();
    }

    void applyScheduledEvents(int today) {
        List<ScheduledEvent> events = params.events;
        while (nextEvent < events.size() && events.get(nextEvent).day() <= today) {
            ScheduledEvent e = events.get(nextEvent++);
            if (e.day() == today) {
                applyEvent(e.type(), e.amount(), today, e.injected() ? Narration.Origin.INJECTED : Narration.Origin.SCHEDULED,
                        null, true, e.note());
            }
        }
        if (!injected.isEmpty()) {
            for (ScheduledEvent e : injected) applyEvent(e.type(), e.amount(), today, Narration.Origin.INJECTED, null, true, e.note());
            injected.clear();
        }
    }

    /** Applies one event (its effect is the event type's); the narrative names where it came from. */
    void applyEvent(EventType type, double amount, int today, Narration.Origin origin, String rule, boolean commit, String note) {
        boolean changed = type.apply(this, amount, today, commit);
        if (narrator != null) narrator.record(new Narration.EventApplied(today, origin, rule, type, amount, changed, note));
    }

    /** Nuclear use crossed today: its losses at the front, and the end of the run's escalation (the ladder is frozen). */
    void applyNuclearConsequences(int today) {
        if (ladder.firstCrossedDay(Rung.NUCLEAR_USE) != today) return;
        double before = front.ukrainianManpower();
        front.nuclearStrike(params.front.nuclearCasualties);
        if (narrator != null) narrator.record(new Narration.EscalationEnded(today, before - front.ukrainianManpower()));
    }

    void stepWar(int today) {
        WarPhase before = war.phase();
        double hazard = war.step(today, front, params.front, params.decision, streams.war, streams.breakdowns);
        if (narrator != null && war.phase() != before) narrator.record(new Narration.WarChange(today, before, war.phase(), hazard));
    }

    /** The day ends: standing rungs age, the actors' view of the world is updated, the day is recorded. */
    void endOfDay(int today) {
        ladder.age(noveltyFactor);
        perception.update(ladder, front, params);
        if (record != null) {
            DayRecorder.record(this, record, today);
            if (today == params.horizonDays) record.finish(ladder, war);
        }
    }

    void changePosture(Actor a, boolean up, int today) {
        if (a.id() == ActorId.UKRAINE) {
            int before = postures.ukrainian;
            postures.ukrainian = Math.max(-1, Math.min(1, before + (up ? 1 : -1)));
            if (narrator != null && before != postures.ukrainian) {
                narrator.record(new Narration.PostureMove(today, a.id(), before, postures.ukrainian, a.lastDrive, a.lastThreshold));
            }
        } else if (a.id() == ActorId.CHINA) {
            boolean before = postures.chinaPressing;
            postures.chinaPressing = up;
            if (narrator != null && before != up) {
                narrator.record(new Narration.PostureMove(today, a.id(), before ? 1 : 0, up ? 1 : 0, a.lastDrive, a.lastThreshold));
            }
        }
    }
}
