package brink.experiment.engine;

/**
 * An engine that computes blocks on a cluster (Apache Spark in the brink-spark module), found
 * through {@link java.util.ServiceLoader}, so that Brink's core never names the cluster's classes
 * and its jar stays free of them.
 */
public interface ClusterEngine {
    /** The engine's name as given to --engine, e.g. "spark". */
    String name();

    /**
     * Connects to a cluster: {@code master} is the engine's master URL (e.g. local[*],
     * spark://host:7077); {@code jars} are the jars (or class folders) executors need to compute
     * Brink's blocks, shipped to them unless they run in this JVM. Throws {@link EngineException}
     * with a message for the user when it cannot.
     */
    ClusterSession connect(String master, String appName, java.util.List<java.nio.file.Path> jars) throws EngineException;
}
