package brink.spark;

import brink.experiment.engine.BlockComputer;
import brink.experiment.engine.ClusterSession;
import brink.experiment.engine.EngineException;
import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import scala.collection.Iterator;
import scala.runtime.AbstractFunction0;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;
import scala.util.Try;

import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * One SparkContext for one command. Items are cut into chunks of {@code itemsPerTask}, one
 * partition (one task) each; the job is submitted with a result handler, so each task's results
 * reach the driver as soon as it finishes (not at the end of the job), and the calling thread hands
 * them on. Spark calls the handler once per partition, for the first attempt that succeeded: a
 * task computed again after its executor was lost is never handed over twice. Since a block's
 * results depend on its items alone ({@link BlockComputer}), retries, lost executors and the
 * partitioning change nothing in the results.
 */
final class SparkCluster implements ClusterSession {
    /** How long to wait for a cluster's first executors, only so that the console can say how many there are. */
    private static final long EXECUTOR_WAIT_MILLIS = 60_000;
    private static final long EXECUTORS_SETTLE_MILLIS = 2_000;

    private final JavaSparkContext context;
    private final Path scratch;
    private final boolean local;

    private SparkCluster(JavaSparkContext context, Path scratch, boolean local) {
        this.context = context;
        this.scratch = scratch;
        this.local = local;
    }

    static SparkCluster start(String master, String appName, List<Path> jars) throws EngineException {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("brink-spark-");
        } catch (IOException e) {
            throw new EngineException("spark: cannot make a temporary folder: " + e.getMessage(), e);
        }
        boolean local = master.startsWith("local");
        JavaSparkContext context = null;
        try {
            // spark.* system properties (-Dspark.x=y in BRINK_JAVA_OPTS) and spark-submit's settings come first
            SparkConf conf = new SparkConf().setMaster(master).setAppName(appName)
                    .setIfMissing("spark.ui.enabled", "false")
                    .setIfMissing("spark.local.dir", scratch.resolve("local").toString());
            if (!conf.contains("spark.driver.host") && (local || loopback(master))) {
                conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
            }
            if (!local && !conf.contains("spark.jars")) conf.set("spark.jars", String.join(",", ShippedJars.of(jars, scratch)));
            context = new JavaSparkContext(conf);
            SparkCluster cluster = new SparkCluster(context, scratch, local);
            cluster.awaitExecutors(master);
            return cluster;
        } catch (EngineException e) {
            if (context != null) context.stop();
            deleteQuietly(scratch);
            throw e;
        } catch (Exception e) {
            if (context != null) context.stop();
            deleteQuietly(scratch);
            throw new EngineException("--master " + master + ": Spark could not start: " + e.getMessage(), e);
        }
    }

    private static boolean loopback(String master) {
        try {
            String host = URI.create(master).getHost();
            return host != null && InetAddress.getByName(host).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }

    private void awaitExecutors(String master) throws EngineException, InterruptedException {
        if (local) return;
        long end = System.currentTimeMillis() + EXECUTOR_WAIT_MILLIS;
        // until the first executor joined and then no other for a while (executors of one application join together)
        int seen = 0;
        long stableSince = System.currentTimeMillis();
        while (System.currentTimeMillis() < end && (seen == 0 || System.currentTimeMillis() - stableSince < EXECUTORS_SETTLE_MILLIS)) {
            if (context.sc().isStopped()) {
                throw new EngineException("--master " + master + ": Spark stopped before any executor joined "
                        + "(is the master running, and does it have workers with free cores?)");
            }
            int now = executors();
            if (now != seen) {
                seen = now;
                stableSince = System.currentTimeMillis();
            }
            Thread.sleep(100);
        }
    }

    /** Executors registered now (the driver is not one). */
    private int executors() {
        return Math.max(0, context.sc().statusTracker().getExecutorInfos().length - 1);
    }

    @Override
    public String master() { return context.master(); }

    @Override
    public String workers() {
        if (local) return "in this JVM, " + context.sc().defaultParallelism() + " threads";
        int n = executors();
        return n + (n == 1 ? " executor" : " executors");
    }

    @Override
    public <I extends Serializable, R extends Serializable> void compute(BlockComputer<I, R> computer, List<I> items,
                                                                         int itemsPerTask, Consumer<R> onResult)
            throws InterruptedException, EngineException {
        List<ArrayList<I>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += itemsPerTask) {
            chunks.add(new ArrayList<>(items.subList(i, Math.min(items.size(), i + itemsPerTask))));
        }
        if (chunks.isEmpty()) return;
        JavaRDD<ArrayList<R>> blocks = context.parallelize(chunks, chunks.size()).map(new Compute<>(computer));
        BlockingQueue<ArrayList<R>> finished = new LinkedBlockingQueue<>();
        List<Object> partitions = IntStream.range(0, chunks.size()).boxed().map(Object.class::cast).toList();
        SimpleFutureAction<BoxedUnit> job = context.sc().submitJob(blocks.rdd(), new Single<>(),
                scala.jdk.javaapi.CollectionConverters.asScala(partitions).toSeq(), new Handler<>(finished), new Unit());
        int handed = 0;
        try {
            while (handed < chunks.size()) {
                ArrayList<R> block = finished.poll(100, TimeUnit.MILLISECONDS);
                if (block != null) {
                    for (R r : block) onResult.accept(r);
                    handed++;
                } else if (job.isCompleted() && finished.isEmpty()) {
                    Try<BoxedUnit> outcome = job.value().get();
                    if (outcome.isFailure()) {
                        throw new EngineException("spark: the job failed: " + firstLine(outcome.failed().get().getMessage())
                                + "; the points finished so far are kept (run again with --resume)");
                    }
                    if (handed < chunks.size()) throw new IllegalStateException("spark: the job ended with tasks missing");
                }
            }
        } finally {
            if (handed < chunks.size()) job.cancel();
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "no message";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    @Override
    public void close() {
        context.stop();
        deleteQuietly(scratch);
        // Spark deletes its own folders in spark.local.dir at the JVM's exit, after this: the rest goes then too
        // (deleteOnExit runs after the shutdown hooks, in the reverse order of registration)
        scratch.toFile().deleteOnExit();
        scratch.resolve("local").toFile().deleteOnExit();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    /** On an executor: one chunk's results. Model failures are inside the results, so the task itself does not fail. */
    private static final class Compute<I extends Serializable, R extends Serializable> implements Function<ArrayList<I>, ArrayList<R>> {
        private static final long serialVersionUID = 1L;
        private final BlockComputer<I, R> computer;

        Compute(BlockComputer<I, R> computer) {
            this.computer = computer;
        }

        @Override
        public ArrayList<R> call(ArrayList<I> chunk) {
            return new ArrayList<>(computer.compute(chunk));
        }
    }

    /** On an executor: a partition's only element (each partition holds one chunk). */
    private static final class Single<T> extends AbstractFunction1<Iterator<T>, T> implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public T apply(Iterator<T> it) {
            return it.next();
        }
    }

    /** On the driver, on Spark's scheduler thread: queues a finished task's results for the calling thread. */
    private static final class Handler<R> extends AbstractFunction2<Object, ArrayList<R>, BoxedUnit> {
        private final BlockingQueue<ArrayList<R>> finished;

        Handler(BlockingQueue<ArrayList<R>> finished) {
            this.finished = finished;
        }

        @Override
        public BoxedUnit apply(Object partition, ArrayList<R> results) {
            finished.add(results);
            return BoxedUnit.UNIT;
        }
    }

    private static final class Unit extends AbstractFunction0<BoxedUnit> {
        @Override
        public BoxedUnit apply() {
            return BoxedUnit.UNIT;
        }
    }
}
