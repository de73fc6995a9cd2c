package brink.experiment.calibration;

import brink.model.ParameterDef;
import brink.random.ReplicationSeed;
import brink.random.StreamId;
import brink.random.Substream;
import brink.results.calibration.Particle;
import brink.results.calibration.Population;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.FittedParameter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Approximate Bayesian computation by sequential Monte Carlo (Toni et al. 2009; Beaumont et al.
 * 2009). Population 0 draws N particles from the prior and accepts them all. Population t
 * accepts, for each of its N particle slots, the first proposal whose distance to the targets is
 * at most the tolerance ε_t, the q-quantile of population t−1's distances; a proposal picks a
 * particle of t−1 by weight and perturbs it ({@link PerturbationKernel}), and is drawn again
 * without simulating when it falls outside the prior. The accepted particle's weight is
 * π(θ) / Σ_j w_j K(θ | θ_j), normalised over the population.
 *
 * <p><b>Determinism.</b> Slot i of population t tries proposals a = 0, 1, 2, ... Proposal a
 * draws its numbers from its own stream and runs its replications on its own seeds, both keyed by
 * (seed, point(t, i, a)); nothing depends on the thread that runs it or on the other slots. The
 * population is therefore the same at any thread count, and the weights are normalised in slot
 * order.
 */
public final class AbcSmc {
    /** The replication index of a proposal's own numbers (resampling, perturbation); runs use 0..R−1. */
    static final long PROPOSAL_NUMBERS = -1;
    /** How often a proposal outside the prior is drawn again before the slot gives up. */
    static final int MAX_REDRAWS = 10_000;
    private static final StreamId PROPOSAL = StreamId.of("calibration.proposal");

    /** Told on the calling thread as particles are accepted. */
    public interface Listener {
        void accepted(int population, int done, int total);
    }

    /** The result of one population: the population, or null when a slot used up its attempts. */
    public record Outcome(Population population, int exhaustedSlot) {}

    private final CalibrationSpec spec;
    private final PriorDensity[] priors;
    private final double[] priorWidths;
    private final ParameterDef[] defs;
    private final int threads;
    private final Supplier<ProposalSimulator> simulators;

    public AbcSmc(CalibrationSpec spec, int threads) {
        this(spec, threads, () -> new ParticleSimulator(spec));
    }

    /** With another simulator (a toy model with a known posterior, in tests); one is made per thread. */
    AbcSmc(CalibrationSpec spec, int threads, Supplier<ProposalSimulator> simulators) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.spec = spec;
        this.threads = threads;
        this.simulators = simulators;
        int k = spec.dimension();
        priors = new PriorDensity[k];
        priorWidths = new double[k];
        defs = new ParameterDef[k];
        for (int i = 0; i < k; i++) {
            FittedParameter p = spec.parameters().get(i);
            priors[i] = new PriorDensity(p.prior(), p.def());
            priorWidths[i] = p.prior().upper() - p.prior().lower();
            defs[i] = p.def();
        }
    }

    /** The point id of proposal {@code attempt} of slot {@code slot} in population {@code t}: its seeds' key. */
    static long point(int t, int slot, int attempt) {
        return ((long) (t + 1) << 44) | ((long) slot << 24) | attempt;
    }

    /** The tolerance of population t (t ≥ 1) from the previous population. */
    public double tolerance(Population previous) {
        return previous.distanceQuantile(spec.abc().quantile());
    }

    /** Population t from population t−1 (null for t = 0). */
    public Outcome population(int t, Population previous, Listener listener) throws InterruptedException {
        double tolerance = previous == null ? Double.POSITIVE_INFINITY : tolerance(previous);
        PerturbationKernel kernel = previous == null ? null : new PerturbationKernel(previous, priorWidths);
        int n = spec.abc().particles();
        Particle[] slots = new Particle[n];
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, n), r -> {
            Thread th = new Thread(r, "brink-calibrate-" + threadNo.incrementAndGet());
            th.setDaemon(true);
            return th;
        });
        ThreadLocal<Proposer> proposer = ThreadLocal.withInitial(() -> new Proposer(kernel));
        int exhausted = -1;
        try {
            ExecutorCompletionService<Particle> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < n; i++) {
                int slot = i;
                done.submit(() -> proposer.get().slot(t, slot, tolerance));
            }
            for (int c = 0; c < n; c++) {
                Particle p = done.take().get();
                if (p.attempts() < 0) {
                    exhausted = exhausted < 0 ? p.index() : Math.min(exhausted, p.index());
                } else {
                    slots[p.index()] = p;
                }
                if (listener != null) listener.accepted(t, c + 1, n);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error er) throw er;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        if (exhausted >= 0) return new Outcome(null, exhausted);
        return new Outcome(new Population(t, tolerance, normalised(slots)), -1);
    }

    /** Weights divided by their sum, added in slot order. */
    private static List<Particle> normalised(Particle[] slots) {
        double sum = 0;
        for (Particle p : slots) sum += p.weight();
        List<Particle> out = new ArrayList<>(slots.length);
        for (Particle p : slots) out.add(new Particle(p.index(), p.values(), p.distance(), p.weight() / sum, p.attempts(), p.statistics()));
        return out;
    }

    private double priorDensity(double[] v) {
        double d = 1;
        for (int i = 0; i < v.length && d > 0; i++) d *= priors[i].density(v[i]);
        return d;
    }

    /** One thread's proposal machinery. */
    private final class Proposer {
        private final PerturbationKernel kernel;
        private final Substream numbers = new Substream(PROPOSAL);
        private final ProposalSimulator simulator = simulators.get();

        Proposer(PerturbationKernel kernel) {
            this.kernel = kernel;
        }

        /** The slot's first accepted proposal; attempts −1 when none was within max_attempts. */
        Particle slot(int t, int slot, double tolerance) {
            int max = spec.abc().maxAttempts();
            for (int a = 0; a < max; a++) {
                if (Thread.currentThread().isInterrupted()) throw new CancelledSlot();
                long point = point(t, slot, a);
                numbers.reseed(ReplicationSeed.of(spec.seed(), point, PROPOSAL_NUMBERS));
                double[] v = kernel == null ? fromPrior() : perturbed();
                double[] stats = simulator.statistics(v, point);
                double d = simulator.distance(stats);
                if (d <= tolerance) {
                    double w = kernel == null ? 1 : priorDensity(v) / kernel.proposalDensity(v);
                    return new Particle(slot, v, d, w, a + 1, stats);
                }
            }
            return new Particle(slot, new double[0], Double.NaN, 0, -1, new double[0]);
        }

        private double[] fromPrior() {
            double[] v = new double[defs.length];
            for (int i = 0; i < v.length; i++) {
                // clamped as the scenario sampler clamps: only an unbounded prior's far tails leave the range
                double x = inRange(i, spec.parameters().get(i).prior().quantile(openUniform()));
                v[i] = Math.max(defs[i].min(), Math.min(defs[i].max(), x));
            }
            return v;
        }

        private double[] perturbed() {
            double[] v = new double[defs.length];
            for (int r = 0; r < MAX_REDRAWS; r++) {
                double[] theta = kernel.pick(numbers.uniform()).values();
                for (int i = 0; i < v.length; i++) v[i] = inRange(i, theta[i] + kernel.step(i, openUniform()));
                if (priorDensity(v) > 0) return v;
            }
            throw new IllegalStateException("no proposal inside the prior after " + MAX_REDRAWS + " draws: "
                    + Arrays.toString(v));
        }

        /** A whole-number parameter is proposed as a whole number (what the model runs). */
        private double inRange(int i, double v) {
            if (defs[i].isInteger()) v = Math.rint(v);
            return v;
        }

        private double openUniform() {
            return ((numbers.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
        }
    }

    /** A slot stopped because the calibration was interrupted. */
    private static final class CancelledSlot extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledSlot() {
            super("interrupted");
        }
    }
}
