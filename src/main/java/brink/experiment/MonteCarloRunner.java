package brink.experiment;

import brink.experiment.engine.ClusterSession;
import brink.model.RunRecord;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs N replications of a scenario on T worker threads, deterministically: replication i always
 * uses the generator keyed by (master seed, point 0, i), replications are grouped in fixed blocks
 * of {@link #BLOCK} (independent of T), each worker accumulates the order-free statistics of the
 * blocks it runs into its own {@link RunStatistics}, and the calling thread consumes the blocks
 * strictly in block order (means summed in that order, runs.csv rows appended in that order).
 * At most {@code 4 T} blocks are in flight, so memory stays flat whatever N. Replications call
 * the model's daily step directly ({@link Replication#runDirect}): the same runs as through
 * MASON's schedule, a fifth faster.
 */
public final class MonteCarloRunner {
    /** Replications per block. Part of the output's definition: changing it changes the means' last bits. */
    public static final int BLOCK = 64;

    /** Receives each block's runs.csv rows, in replication order. */
    public interface RowSink {
        void rows(CharSequence rows) throws Exception;
    }

    /** Told after every block; called on the consumer thread. */
    public interface ProgressListener {
        void progress(long done, long total);
    }

    private final Scenario scenario;
    private final long seed;
    private final int runs;
    private final int threads;
    private RunTables tables;

    /** Also fills the opt-in Parquet tables (written on the consumer thread, in block order). */
    MonteCarloRunner withTables(RunTables tables) {
        this.tables = tables;
        return this;
    }

    public MonteCarloRunner(Scenario scenario, long seed, int runs, int threads) {
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1: " + runs);
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1: " + threads);
        this.scenario = scenario;
        this.seed = seed;
        this.runs = runs;
        this.threads = threads;
    }

    public static int defaultThreads() { return Runtime.getRuntime().availableProcessors(); }

    /**
     * Runs every replication. Throws {@link InterruptedException} if the calling thread is
     * interrupted (the workers are stopped first), or the first exception a worker or the sink threw.
     */
    public MonteCarloResult run(RowSink sink, ProgressListener progress) throws Exception {
        int blocks = (runs + BLOCK - 1) / BLOCK;
        int workerCount = Math.min(threads, blocks);
        Exchange exchange = new Exchange(blocks, 4 * workerCount);
        List<Worker> workers = new ArrayList<>();
        for (int w = 0; w < workerCount; w++) workers.add(new Worker(w, exchange));
        List<Thread> started = new ArrayList<>();
        MonteCarloAverages averages = new MonteCarloAverages(scenario.horizonDays());
        try {
            for (Worker w : workers) {
                Thread t = new Thread(w, "brink-worker-" + w.id);
                t.setDaemon(true);
                started.add(t);
                t.start();
            }
            long done = 0;
            for (int b = 0; b < blocks; b++) {
                BlockResult r = exchange.take(b);
                averages.add(r);
                if (sink != null) sink.rows(r.rows);
                if (tables != null) tables.write(r);
                exchange.consumed(r);
                done += r.count;
                if (progress != null) progress.progress(done, runs);
            }
            for (Thread t : started) t.join();
            exchange.rethrowFailure();
        } finally {
            exchange.abort();
            for (Thread t : started) t.interrupt();
            for (Thread t : started) joinQuietly(t);
        }
        // merging is order-free (counts in canonical bins), so the first worker's statistics take the rest
        RunStatistics total = workers.get(0).statistics;
        for (int w = 1; w < workers.size(); w++) total.merge(workers.get(w).statistics);
        return new MonteCarloResult(scenario, seed, runs, threads, total, averages);
    }

    /** Replication {@code i}: run, then added to the statistics, the block's sums and rows (and tables, if any). */
    static void replicate(Replication replication, long seed, int i, RunStatistics statistics, RunBatch batch, RunRows rows,
                          BlockResult result, RunTables tables) {
        RunRecord record = replication.runDirect(seed, 0, i);
        statistics.addOutcomes(record, i);
        batch.add(record, result.sums);
        rows.append(result.rows, i, replication.sampler(), record);
        if (tables != null) tables.fill(result, rows, i, replication.sampler(), record);
    }

    /**
     * Runs every replication on a cluster, {@code blocksPerTask} blocks to a task ({@link RunChunk}),
     * with the same results as {@link #run}: blocks come back in any order and are consumed strictly
     * in block order (the ones that came early wait in a reorder buffer), and the tasks' order-free
     * statistics are merged. The opt-in Parquet tables are written on local threads only. Spark
     * starts tasks in block order, so the buffer stays short; at worst (the first task lost and
     * computed last) it holds the rows of every block finished meanwhile.
     */
    public MonteCarloResult runOn(ClusterSession cluster, ScenarioSource source, int blocksPerTask, RowSink sink,
                                  ProgressListener progress) throws Exception {
        if (tables != null) throw new IllegalStateException("the Parquet tables are written on local threads only");
        int blocks = (runs + BLOCK - 1) / BLOCK;
        List<Integer> indices = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) indices.add(b);
        MonteCarloAverages averages = new MonteCarloAverages(scenario.horizonDays());
        RunStatistics total = new RunStatistics(scenario.horizonDays());
        java.util.TreeMap<Integer, BlockResult> early = new java.util.TreeMap<>();
        long[] done = {0};
        try {
            cluster.compute(new RunChunk(source, seed, runs), indices, blocksPerTask, block -> {
                if (block.statistics() != null) total.merge(block.statistics());
                early.put(block.result().index, block.result());
                try {
                    for (BlockResult r = early.remove((int) (done[0] / BLOCK)); r != null; r = early.remove((int) (done[0] / BLOCK))) {
                        averages.add(r);
                        if (sink != null) sink.rows(r.rows);
                        done[0] += r.count;
                        if (progress != null) progress.progress(done[0], runs);
                    }
                } catch (Exception e) {
                    throw new SinkFailedException(e);
                }
            });
        } catch (SinkFailedException e) {
            throw (Exception) e.getCause();
        }
        return new MonteCarloResult(scenario, seed, runs, threads, total, averages);
    }

    /** The sink failed inside the cluster's result handler; the cause is rethrown to the caller. */
    private static final class SinkFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailedException(Exception cause) {
            super(cause);
        }
    }

    private static void joinQuietly(Thread t) {
        boolean interrupted = false;
        while (t.isAlive()) {
            try {
                t.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** One worker thread: its own replication machinery and statistics, reused for every block it runs. */
    private final class Worker implements Runnable {
        final int id;
        final Exchange exchange;
        final RunStatistics statistics = new RunStatistics(scenario.horizonDays());

        Worker(int id, Exchange exchange) {
            this.id = id;
            this.exchange = exchange;
        }

        @Override
        public void run() {
            try {
                Replication replication = new Replication(scenario);
                RunRows rows = new RunRows(scenario);
                RunBatch batch = new RunBatch(statistics);
                int days = scenario.horizonDays();
                while (true) {
                    int b = exchange.claim();
                    if (b < 0) {
                        batch.flush();
                        return;
                    }
                    int first = b * BLOCK;
                    int count = Math.min(BLOCK, runs - first);
                    BlockResult result = exchange.recycled(days, tables).reset(b, count);
                    for (int i = first; i < first + count; i++) {
                        if (exchange.aborted()) return;
                        replicate(replication, seed, i, statistics, batch, rows, result, tables);
                    }
                    exchange.publish(result);
                }
            } catch (InterruptedException e) {
                // stopped by the consumer
            } catch (Throwable t) {
                exchange.fail(t);
            }
        }
    }

    /**
     * The hand-over between workers and the consumer: blocks are claimed in increasing order, at
     * most {@code capacity} claimed but not yet consumed (the bounded reorder buffer).
     */
    private static final class Exchange {
        private final int blocks;
        private final Semaphore permits;
        private final AtomicInteger next = new AtomicInteger();
        private final BlockResult[] ring;
        private final java.util.concurrent.ConcurrentLinkedQueue<BlockResult> free = new java.util.concurrent.ConcurrentLinkedQueue<>();
        private volatile boolean aborted;
        private Throwable failure;

        Exchange(int blocks, int capacity) {
            this.blocks = blocks;
            this.permits = new Semaphore(capacity);
            this.ring = new BlockResult[capacity];
        }

        /** The next block to run, or -1 when all are claimed or the run is stopped. */
        int claim() throws InterruptedException {
            permits.acquire();
            int b = next.getAndIncrement();
            if (b >= blocks || aborted) {
                permits.release();
                return -1;
            }
            return b;
        }

        synchronized void publish(BlockResult r) {
            ring[r.index % ring.length] = r;
            notifyAll();
        }

        synchronized BlockResult take(int b) throws Exception {
            while (true) {
                rethrowFailure();
                BlockResult r = ring[b % ring.length];
                if (r != null && r.index == b) {
                    ring[b % ring.length] = null;
                    return r;
                }
                wait();
            }
        }

        /** The consumer is done with a block: its object goes back to the pool, its slot to the workers. */
        void consumed(BlockResult r) {
            free.add(r);
            permits.release();
        }

        /** A block object from the pool (at most capacity + workers are ever created). */
        BlockResult recycled(int days, RunTables tables) {
            BlockResult r = free.poll();
            return r != null ? r : new BlockResult(days, tables);
        }

        boolean aborted() { return aborted; }

        synchronized void fail(Throwable t) {
            if (failure == null) failure = t;
            aborted = true;
            notifyAll();
        }

        void abort() { aborted = true; }

        synchronized void rethrowFailure() throws Exception {
            if (failure == null) return;
            if (failure instanceof Exception e) throw new WorkerFailedException(e);
            if (failure instanceof Error e) throw e;
            throw new WorkerFailedException(failure);
        }
    }

    /** A worker failed; the cause is the worker's exception. */
    public static final class WorkerFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WorkerFailedException(Throwable cause) {
            super("a replication failed: " + cause, cause);
        }
    }
}
