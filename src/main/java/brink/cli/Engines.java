package brink.cli;

import brink.experiment.engine.ClusterEngine;
import brink.experiment.engine.ClusterSession;
import brink.experiment.engine.EngineException;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds a cluster engine (brink-spark's) and the jars its executors need. brink.jar holds no Spark
 * class, so the engine is looked for in this order:
 * <ol>
 *   <li>on the class path already: spark-submit, {@code java -cp brink.jar:brink-spark.jar:$SPARK_HOME/jars/*},
 *       the tests;</li>
 *   <li>beside brink.jar: target/brink-spark.jar, with Spark's jars from {@code $SPARK_HOME/jars} when
 *       SPARK_HOME is set (the cluster's own Spark, whose version must match), else from the copy the build
 *       puts in target/spark-jars/; both are loaded in a class loader of their own, above brink.jar's.</li>
 * </ol>
 */
final class Engines {
    static final String SPARK = "spark";

    private Engines() {}

    /** Connects to the engine's cluster; the jars to ship are the ones that are not the engine's own Spark. */
    static ClusterSession connect(String engine, String master, String appName) throws EngineException {
        Found found = find(engine);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        // Spark finds its classes (and the tasks' classes on a local master) through the context class loader
        Thread.currentThread().setContextClassLoader(found.loader());
        try {
            return found.engine().connect(master, appName, found.shipped());
        } catch (EngineException | RuntimeException e) {
            Thread.currentThread().setContextClassLoader(previous);
            throw e;
        }
    }

    private record Found(ClusterEngine engine, ClassLoader loader, List<Path> shipped) {}

    private static Found find(String name) throws EngineException {
        ClassLoader own = Engines.class.getClassLoader();
        for (ClusterEngine e : ServiceLoader.load(ClusterEngine.class, own)) {
            if (e.name().equals(name)) return new Found(e, own, classPathWithout(sparkJarsDir()));
        }
        Path target = targetDir();
        Path engineJar = target == null ? null : target.resolve("brink-" + name + ".jar");
        if (engineJar == null || !Files.isRegularFile(engineJar)) {
            throw new EngineException("--engine " + name + ": the Spark engine is not built (" + (engineJar == null
                    ? "brink-" + name + ".jar" : engineJar) + " is missing); build it with 'mvn -B -ntp -DskipTests package' "
                    + "in the Brink folder (./brink does it for --engine " + name + "), or run under spark-submit (see the README)");
        }
        Path sparkJars = sparkJarsDir();
        List<Path> jars = jarsIn(sparkJars);
        if (jars.isEmpty()) {
            throw new EngineException("--engine " + name + ": no Spark jars in " + sparkJars + (System.getenv("SPARK_HOME") != null
                    ? " (from SPARK_HOME): set SPARK_HOME to a Spark " + sparkVersionNote() + " installation, or unset it to use the build's copy"
                    : ": build them with 'mvn -B -ntp -DskipTests package' in the Brink folder, or set SPARK_HOME to a Spark "
                    + sparkVersionNote() + " installation"));
        }
        List<URL> urls = new ArrayList<>();
        urls.add(url(engineJar));
        for (Path j : jars) urls.add(url(j));
        URLClassLoader loader = new URLClassLoader("brink-" + name, urls.toArray(URL[]::new), own);
        for (ClusterEngine e : ServiceLoader.load(ClusterEngine.class, loader)) {
            if (e.name().equals(name)) return new Found(e, loader, List.of(codeSource(), engineJar));
        }
        throw new EngineException("--engine " + name + ": " + engineJar + " holds no engine named " + name + "; rebuild it");
    }

    private static String sparkVersionNote() { return "4.0 (Scala 2.13)"; }

    /** $SPARK_HOME/jars, else the build's copy target/spark-jars/. */
    static Path sparkJarsDir() {
        String home = System.getenv("SPARK_HOME");
        if (home != null && !home.isBlank()) return Path.of(home, "jars");
        Path target = targetDir();
        return target == null ? Path.of("target", "spark-jars") : target.resolve("spark-jars");
    }

    private static Path targetDir() {
        Path code = codeSource();
        if (code != null && Files.isRegularFile(code)) return code.getParent();
        Path home = Install.home();
        return home == null ? null : home.resolve("target");
    }

    /** brink.jar (or target/classes). */
    private static Path codeSource() {
        try {
            return Path.of(Engines.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
        } catch (Exception e) {
            return null;
        }
    }

    /** The class path's entries but for the jars Spark has itself (by file name): what executors need from Brink. */
    private static List<Path> classPathWithout(Path sparkJars) {
        Set<String> spark = new HashSet<>();
        for (Path j : jarsIn(sparkJars)) spark.add(j.getFileName().toString());
        List<Path> shipped = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (entry.isBlank()) continue;
            Path p = Path.of(entry).toAbsolutePath();
            if (Files.exists(p) && !spark.contains(p.getFileName().toString())) shipped.add(p);
        }
        return shipped;
    }

    private static List<Path> jarsIn(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static URL url(Path p) throws EngineException {
        try {
            return p.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new EngineException(p + ": cannot be loaded: " + e.getMessage(), e);
        }
    }
}
