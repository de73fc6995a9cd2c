package brink.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The jars a cluster's executors are given (spark.jars). Spark ships jar files only, so a class
 * folder on the driver's class path (target/classes when run from the build, as in the tests) is
 * packed into a jar of its own in a temporary folder first.
 */
final class ShippedJars {
    private ShippedJars() {}

    /** Each entry as a jar: jars as they are, folders packed into {@code scratch}. */
    static List<String> of(List<Path> entries, Path scratch) throws IOException {
        List<String> jars = new ArrayList<>();
        int n = 0;
        for (Path e : entries) {
            if (Files.isDirectory(e)) {
                Path jar = scratch.resolve("classes-" + (n++) + ".jar");
                pack(e, jar);
                jars.add(jar.toUri().toString());
            } else if (e.getFileName().toString().endsWith(".jar")) {
                jars.add(e.toUri().toString());
            }
        }
        return jars;
    }

    private static void pack(Path dir, Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                zip.putNextEntry(new JarEntry(dir.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, zip);
                zip.closeEntry();
            }
        }
    }
}
