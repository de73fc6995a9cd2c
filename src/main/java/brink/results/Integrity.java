package brink.results;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a folder's files against the records its manifest holds, before anything reads them:
 * every required file recorded, and each file's size, rows and SHA-256 as recorded. Files are
 * hashed in parallel (a million-run runs.csv is 1.2 GB, about 1.5 s of SHA-256 on one core).
 */
public final class Integrity {
    private Integrity() {}

    public static void verify(Path dir, Map<String, FileRecord> files, List<String> required) throws ResultsException {
        Path manifest = dir.resolve(RunManifest.FILE);
        if (files == null || files.isEmpty()) {
            throw new ResultsException(manifest + ": records no files (written by a Brink before integrity records, "
                    + "or damaged); run the command again");
        }
        for (String f : required) {
            if (!files.containsKey(f)) throw new ResultsException(manifest + ": does not record " + f + "; the folder cannot be trusted");
        }
        List<String> names = new ArrayList<>(files.keySet());
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(names.size(),
                Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "brink-verify");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<String>> checks = new ArrayList<>();
            for (String name : names) {
                Path file = dir.resolve(name).normalize();
                if (!file.startsWith(dir.normalize()) || name.contains("\\")) {
                    throw new ResultsException(manifest + ": records a file outside the folder (" + Texts.quote(name) + ")");
                }
                FileRecord r = files.get(name);
                checks.add(pool.submit(() -> {
                    if (r == null || r.sha256() == null) return "has no record in the manifest";
                    return r.mismatch(file);
                }));
            }
            for (int i = 0; i < names.size(); i++) {
                String wrong;
                try {
                    wrong = checks.get(i).get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof IOException io) throw ResultsException.cannotRead(dir.resolve(names.get(i)), io);
                    throw new IllegalStateException(c);
                }
                if (wrong != null) {
                    throw new ResultsException(dir.resolve(names.get(i)) + ": does not match " + RunManifest.FILE + ": " + wrong
                            + "; the folder was changed or damaged after it was written, run the command again");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ResultsException(dir + ": checking its files was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }
}
