package brink.spark;

import brink.experiment.engine.ClusterEngine;
import brink.experiment.engine.ClusterSession;
import brink.experiment.engine.EngineException;

import java.nio.file.Path;
import java.util.List;

/**
 * Apache Spark as Brink's cluster engine ({@code --engine spark}), through the RDD API of
 * spark-core alone. Found by {@link java.util.ServiceLoader}: brink-core never names a Spark class.
 */
public final class SparkEngine implements ClusterEngine {
    @Override
    public String name() { return "spark"; }

    @Override
    public ClusterSession connect(String master, String appName, List<Path> jars) throws EngineException {
        return SparkCluster.start(master, appName, jars);
    }
}
