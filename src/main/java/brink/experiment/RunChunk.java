package brink.experiment;

import brink.experiment.engine.BlockComputer;
import brink.scenario.Scenario;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes blocks of a Monte Carlo run wherever it runs (a cluster's executor): the scenario is
 * loaded from its shipped bytes and each block of {@link MonteCarloRunner#BLOCK} replications is
 * run exactly as by the runner's local workers ({@link MonteCarloRunner#replicate}), so a block's
 * sums and rows are the same on any machine, however often it is computed. The order-free
 * statistics of all the blocks of one task ride with its first block; the driver merges them.
 */
final class RunChunk implements BlockComputer<Integer, RunChunk.Block> {
    private static final long serialVersionUID = 1L;
    private final ScenarioSource source;
    private final long seed;
    private final int runs;

    RunChunk(ScenarioSource source, long seed, int runs) {
        this.source = source;
        this.seed = seed;
        this.runs = runs;
    }

    /** One block's sums and rows, and (for a task's first block only) the task's statistics. */
    record Block(BlockResult result, RunStatistics statistics) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A thread's replication machinery for a scenario, kept from task to task as a local worker keeps it from block to block. */
    private record Machinery(Replication replication, RunRows rows) {}

    private static final ThreadLocal<java.util.Map<String, Machinery>> KEPT = ThreadLocal.withInitial(java.util.HashMap::new);

    @Override
    public List<Block> compute(List<Integer> blocks) {
        Scenario scenario = source.load();
        int days = scenario.horizonDays();
        Machinery m = KEPT.get().computeIfAbsent(source.key(), k -> new Machinery(new Replication(scenario), new RunRows(scenario)));
        Replication replication = m.replication();
        RunRows rows = m.rows();
        RunStatistics statistics = new RunStatistics(days);
        RunBatch batch = new RunBatch(statistics);
        List<BlockResult> results = new ArrayList<>(blocks.size());
        for (int b : blocks) {
            int first = b * MonteCarloRunner.BLOCK;
            BlockResult result = new BlockResult(days).reset(b, Math.min(MonteCarloRunner.BLOCK, runs - first));
            for (int i = first; i < first + result.count; i++) {
                MonteCarloRunner.replicate(replication, seed, i, statistics, batch, rows, result, null);
            }
            results.add(result);
        }
        batch.flush();
        List<Block> out = new ArrayList<>(results.size());
        for (int k = 0; k < results.size(); k++) out.add(new Block(results.get(k), k == 0 ? statistics : null));
        return out;
    }
}
