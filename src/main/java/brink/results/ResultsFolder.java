package brink.results;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one lifecycle of every folder Brink writes (run, sweep, compare): taken, written, completed.
 *
 * <ol>
 *   <li>Nothing is touched until {@link #check} has passed. Then the folder is created and an
 *       empty {@value #MARKER} file is made before anything else, so from its first byte the
 *       folder is recognisably Brink's and incomplete; the folder's entry and the marker are
 *       made durable (fsync).</li>
 *   <li>The folder is locked: {@value #LOCK} holds the writer's PID, and the operating system's
 *       exclusive lock on it (released when the process ends, even by SIGKILL) refuses a second
 *       writer. Only then is the marker's text written and, with {@code --force}, the earlier
 *       contents removed.</li>
 *   <li>Every file is written as {@code NAME.part}, counted and hashed as it goes, synced to disk
 *       and renamed when whole ({@link Output#commit}); its {@link FileRecord} is kept for the
 *       manifest. A file that was not committed is never renamed.</li>
 *   <li>{@link #complete} syncs every folder written, removes the marker, syncs the folder again
 *       and releases the lock. Anything else ({@link #close} without completing, an interruption,
 *       a failure) leaves the marker in place, with the reason at its top.</li>
 * </ol>
 *
 * Every operating-system refusal (permission, no space, a file in the way, a name too long) is a
 * {@link ResultsException} naming the path and the cause.
 */
public final class ResultsFolder implements AutoCloseable {
    public static final String MARKER = "INCOMPLETE";
    public static final String LOCK = "brink.lock";
    public static final String PART = ".part";
    /** Any of these makes a folder recognisably Brink's (INCOMPLETE.part: left by earlier versions). */
    static final String SWEEP_MANIFEST = "sweep.json";
    static final String CALIBRATION_MANIFEST = "calibration.json";
    static final List<String> SIGNS = List.of(MARKER, LOCK, RunManifest.FILE, SWEEP_MANIFEST, CALIBRATION_MANIFEST, MARKER + PART);

    /** How an existing folder is treated. */
    public enum Mode {
        /** The folder must not exist or be empty. */
        NEW,
        /** An existing Brink folder is emptied and rewritten; anything else is refused. */
        FORCE,
        /** An existing Brink folder is kept as it is (a sweep continues in it). */
        RESUME;

        /** The mode of a command's --resume and --force options (--resume wins). */
        public static Mode of(boolean resume, boolean force) {
            return resume ? RESUME : force ? FORCE : NEW;
        }
    }

    /** The folder this thread last took, for messages after a failure ("... is marked INCOMPLETE"). */
    private static final ThreadLocal<Path> TAKEN = new ThreadLocal<>();

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, FileRecord> records = new LinkedHashMap<>();
    private final Set<Path> written = new LinkedHashSet<>();
    private final List<Output> open = new ArrayList<>();
    private boolean completed;
    private boolean released;

    private ResultsFolder(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
        written.add(dir);
    }

    public Path dir() { return dir; }

    // ------------------------------------------------------------------ taking a folder

    /**
     * Checks that {@code dir} may be written in this mode, writing nothing: it does not exist, is
     * empty, or (FORCE, RESUME) is a Brink folder; nothing on the way to it is a file.
     */
    public static void check(Path dir, Mode mode) throws ResultsException {
        Path existing = dir.toAbsolutePath().normalize();
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing != null && !Files.isDirectory(existing)) {
            throw new ResultsException(dir + ": cannot be written: " + existing + " is a file, not a folder");
        }
        if (!Files.exists(dir)) return;
        if (isEmpty(dir)) return;
        if (mode == Mode.NEW) {
            throw new ResultsException(dir + ": already exists and is not empty; use --force to replace it or --out to write elsewhere");
        }
        if (!isBrinkFolder(dir)) {
            throw new ResultsException(dir + ": is not empty and is not a Brink folder (it has no " + MARKER + ", "
                    + RunManifest.FILE + " or sweep.json); Brink never deletes anything else, choose another --out");
        }
    }

    /** Whether the folder holds one of the files only Brink writes. */
    public static boolean isBrinkFolder(Path dir) {
        for (String s : SIGNS) if (Files.exists(dir.resolve(s))) return true;
        return false;
    }

    /**
     * Takes the folder: checks it, creates it, marks it incomplete (the first thing written),
     * locks it, writes the marker's text and, in FORCE mode, removes the earlier contents; in
     * RESUME mode only stray {@code .part} files are removed.
     */
    public static ResultsFolder open(Path dir, Mode mode, String markerText) throws ResultsException {
        // an interrupt (Ctrl-C) would close the lock's channel mid-way: it is kept for the caller to see afterwards
        boolean interrupted = Thread.interrupted();
        try {
            return take(dir, mode, markerText);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static ResultsFolder take(Path dir, Mode mode, String markerText) throws ResultsException {
        check(dir, mode);
        boolean existed = Files.isDirectory(dir);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw ResultsException.cannotWrite(dir, e);
        }
        if (!existed && dir.toAbsolutePath().getParent() != null) syncDirectory(dir.toAbsolutePath().getParent());
        Path marker = dir.resolve(MARKER);
        boolean createdMarker;
        try {
            Files.createFile(marker);
            createdMarker = true;
        } catch (FileAlreadyExistsException e) {
            createdMarker = false;
        } catch (IOException e) {
            throw ResultsException.cannotWrite(marker, e);
        }
        syncDirectory(dir);

        FileChannel channel = null;
        FileLock lock;
        try {
            channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw ResultsException.cannotWrite(dir.resolve(LOCK), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            // a marker made a moment ago for a folder another writer is just completing is not ours to leave
            if (createdMarker) deleteQuietly(marker);
            throw new ResultsException(dir + ": another Brink command is writing this folder" + holder(dir)
                    + "; wait for it to finish or choose another --out");
        }
        ResultsFolder folder = new ResultsFolder(dir, channel, lock);
        TAKEN.set(dir.toAbsolutePath().normalize()); // from here a failure leaves the folder marked: messages say so
        try {
            String pid = "pid " + ProcessHandle.current().pid() + "\nsince " + Instant.now() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            folder.writeMarker(markerText);
            if (mode == Mode.FORCE) folder.deleteContents();
            else if (mode == Mode.RESUME) folder.deleteParts();
            syncDirectory(dir);
        } catch (IOException e) {
            folder.release();
            throw ResultsException.cannotWrite(dir, e);
        } catch (RuntimeException | Error e) {
            folder.release();
            throw e;
        }
        return folder;
    }

    /**
     * Whether this thread took {@code dir} since {@link #forget} and it is still marked
     * incomplete: a command that failed says so in its message only for a folder it wrote.
     */
    public static boolean leftIncompleteByThisThread(Path dir) {
        return dir.toAbsolutePath().normalize().equals(TAKEN.get()) && isMarkedIncomplete(dir);
    }

    public static void forget() {
        TAKEN.remove();
    }

    /** " (pid N)" from the lock file, or nothing when it cannot be read. */
    private static String holder(Path dir) {
        try {
            String text = Files.readString(dir.resolve(LOCK), StandardCharsets.UTF_8);
            String first = text.lines().findFirst().orElse("").trim();
            return first.matches("pid \\d+") ? " (" + first + ")" : "";
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    // ------------------------------------------------------------------ writing

    /** Rewrites the marker's text, durably (e.g. why the command stopped). */
    public void writeMarker(String text) throws ResultsException {
        Path marker = dir.resolve(MARKER);
        boolean interrupted = Thread.interrupted(); // an interrupt must not stop the marker being written
        try (FileOutputStream out = new FileOutputStream(marker.toFile())) {
            out.write((text.endsWith("\n") ? text : text + "\n").getBytes(StandardCharsets.UTF_8));
            out.getChannel().force(true);
        } catch (IOException e) {
            throw ResultsException.cannotWrite(marker, e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /** Starts a file ({@code name} may be {@code charts/x.png}); nothing is renamed before {@link Output#commit}. */
    public Output create(String name) throws ResultsException {
        Path target = dir.resolve(name);
        Path part = target.resolveSibling(target.getFileName() + PART);
        try {
            if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
                Files.createDirectories(target.getParent());
                written.add(target.getParent());
            }
            Output o = new Output(name, target, part, new FileOutputStream(part.toFile()));
            open.add(o);
            return o;
        } catch (IOException e) {
            throw ResultsException.cannotWrite(part, e);
        }
    }

    public void write(String name, byte[] content) throws ResultsException {
        try (Output o = create(name)) {
            o.write(content);
            o.commit();
        } catch (ResultsException e) {
            throw e;
        } catch (IOException e) {
            throw ResultsException.cannotWrite(dir.resolve(name), e);
        }
    }

    public void write(String name, CharSequence text) throws ResultsException {
        write(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Opens a file to append to in place (a sweep's points.csv while it runs); not recorded. */
    public Appender append(String name) throws ResultsException {
        Path p = dir.resolve(name);
        try {
            return new Appender(p, new FileOutputStream(p.toFile(), true));
        } catch (IOException e) {
            throw ResultsException.cannotWrite(p, e);
        }
    }

    /** The files completed so far, in the order they were completed (the manifest, manifest.json, sweep.json or calibration.json, is never listed). */
    public Map<String, FileRecord> records() {
        Map<String, FileRecord> r = new LinkedHashMap<>(records);
        r.remove(RunManifest.FILE);
        r.remove(SWEEP_MANIFEST);
        r.remove(CALIBRATION_MANIFEST);
        return Collections.unmodifiableMap(r);
    }

    /**
     * The folder is whole: every folder written is synced, the marker removed and that made
     * durable, the lock released.
     */
    public void complete() throws ResultsException {
        if (!open.isEmpty()) throw new IllegalStateException("files still being written: " + open.get(0).name);
        boolean interrupted = Thread.interrupted();
        try {
            for (Path d : written) syncDirectory(d);
            Files.deleteIfExists(dir.resolve(MARKER));
            syncDirectory(dir);
            completed = true;
        } catch (IOException e) {
            throw ResultsException.cannotWrite(dir.resolve(MARKER), e);
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
            if (completed) release();
        }
    }

    /** After a failure or interruption: drops the files being written and puts the reason at the top of the marker. */
    public void abandon(String why) {
        if (completed || released) return;
        for (Output o : new ArrayList<>(open)) o.discard();
        try {
            Path marker = dir.resolve(MARKER);
            String old = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8) : "";
            writeMarker("STOPPED: " + why + " at " + Instant.now() + "\n\n" + old);
        } catch (IOException | RuntimeException ignored) {
            // the marker (even empty) still says the folder is incomplete
        }
        release();
    }

    /** Completed folders are released by {@link #complete}; anything else is abandoned. */
    @Override
    public void close() {
        if (!completed && !released) abandon("stopped before the folder was complete");
    }

    private void release() {
        if (released) return;
        released = true;
        try {
            lock.release();
        } catch (IOException | RuntimeException ignored) {
            // closing the channel releases it too
        }
        closeQuietly(lockChannel);
    }

    // ------------------------------------------------------------------ files

    /** A file being written: counted and hashed on the way; {@link #commit} syncs it and gives it its name. */
    public final class Output extends OutputStream {
        private final String name;
        private final Path target;
        private final Path part;
        private final FileOutputStream file;
        private final OutputStream buffered;
        private final FileRecord.Counter counter;
        private Writer writer;
        private boolean done;

        private Output(String name, Path target, Path part, FileOutputStream file) {
            this.name = name;
            this.target = target;
            this.part = part;
            this.file = file;
            this.buffered = new BufferedOutputStream(file, 1 << 16);
            this.counter = new FileRecord.Counter(FileRecord.isTable(name));
        }

        /** A UTF-8 writer onto this file (buffered; {@link #commit} flushes it). */
        public Writer writer() {
            if (writer == null) writer = new BufferedWriter(new OutputStreamWriter(this, StandardCharsets.UTF_8), 1 << 16);
            return writer;
        }

        @Override
        public void write(int b) throws IOException {
            try {
                buffered.write(b);
            } catch (IOException e) {
                throw ResultsException.cannotWrite(part, e);
            }
            counter.update(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                buffered.write(b, off, len);
            } catch (IOException e) {
                throw ResultsException.cannotWrite(part, e);
            }
            counter.update(b, off, len);
        }

        /** The file is whole: flushed, synced to disk and renamed; its record is kept. */
        public FileRecord commit() throws ResultsException {
            boolean interrupted = Thread.interrupted();
            try {
                if (writer != null) writer.flush();
                buffered.flush();
                file.getChannel().force(true);
                file.close();
                move(part, target);
                done = true;
                open.remove(this);
                FileRecord r = counter.record();
                records.put(name, r);
                return r;
            } catch (IOException e) {
                discard();
                throw ResultsException.cannotWrite(target, e);
            } finally {
                if (interrupted) Thread.currentThread().interrupt();
            }
        }

        /** Not committed: the part is removed and never renamed. */
        @Override
        public void close() {
            if (!done) discard();
        }

        private void discard() {
            done = true;
            open.remove(this);
            try {
                file.close();
            } catch (IOException ignored) {
                // it is deleted next
            }
            deleteQuietly(part);
        }
    }

    /** A file appended to in place; {@link #sync} makes what was appended durable. */
    public static final class Appender implements AutoCloseable {
        private final Path path;
        private final FileOutputStream out;

        private Appender(Path path, FileOutputStream out) {
            this.path = path;
            this.out = out;
        }

        /** Appends one record with one write call, so a kill leaves at most one torn last line. */
        public void append(String text) throws ResultsException {
            try {
                out.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw ResultsException.cannotWrite(path, e);
            }
        }

        public void sync() throws ResultsException {
            try {
                out.getChannel().force(false);
            } catch (IOException e) {
                throw ResultsException.cannotWrite(path, e);
            }
        }

        @Override
        public void close() throws ResultsException {
            try {
                out.close();
            } catch (IOException e) {
                throw ResultsException.cannotWrite(path, e);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a folder's entries (creations, renames, deletions) durable; a no-op where the system cannot. */
    static void syncDirectory(Path d) {
        boolean interrupted = Thread.interrupted();
        try (FileChannel c = FileChannel.open(d, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException ignored) {
            // some systems cannot open a folder for syncing; their renames are as durable as they get
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    /**
     * The checks a resumable command (a sweep, a calibration) makes before writing anything:
     * without --resume a non-empty folder is refused unless forced (and only a Brink folder is
     * ever replaced); with --resume a folder holding another kind of results is refused, and so is
     * one whose manifest records another definition's fingerprint.
     *
     * @param kind      "sweep" or "calibration", for the messages
     * @param manifest  the command's manifest file (sweep.json, calibration.json)
     * @param others    manifests of other kinds: a folder with one of them and not ours is another kind's
     * @param othersAre the other kinds, as the message names them ("a run or a comparison")
     * @param decides   what the fingerprint covers, for the message ("design, factors, ...")
     * @param file      the kind of input file to resume with ("sweep file")
     */
    public static void checkResumable(Path dir, boolean resume, boolean force, String kind, String manifest, String fingerprint,
                                      List<String> others, String othersAre, String decides, String file) throws ResultsException {
        if (!resume && !force && Files.isDirectory(dir) && !isEmptyFolder(dir)) {
            throw new ResultsException(dir + ": exists and is not empty; use --resume to continue the " + kind + " in it, "
                    + "or --force to replace it");
        }
        check(dir, Mode.of(resume, force));
        if (!resume || !Files.isDirectory(dir)) return;
        Path ours = dir.resolve(manifest);
        if (!Files.exists(ours) && others.stream().anyMatch(o -> Files.exists(dir.resolve(o)))) {
            throw new ResultsException(dir + ": holds the results of " + othersAre + ", not a " + kind + "; choose the " + kind + "'s folder");
        }
        if (Files.exists(ours)) {
            String old = Fingerprint.read(ours);
            if (old != null && !fingerprint.equals(old)) {
                throw new ResultsException(ours + ": was written by a different " + kind + " (" + decides + " changed); "
                        + "resume it with the same " + file + ", or use --force to start over");
            }
        }
    }

    /**
     * Deletes what an earlier command wrote in {@code dir} under these names (files, or folders with
     * everything in them): a fresh start in a resumed folder. Only Brink's own names are given.
     */
    public static void deleteNamed(Path dir, List<String> names) throws ResultsException {
        try {
            for (String name : names) {
                Path p = dir.resolve(name);
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        for (Path q : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(q);
                    }
                } else {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw ResultsException.cannotWrite(dir, e);
        }
    }

    /** Whether {@code dir} is a folder with nothing in it. */
    public static boolean isEmptyFolder(Path dir) throws ResultsException {
        return isEmpty(dir);
    }

    private static boolean isEmpty(Path dir) throws ResultsException {
        if (!Files.isDirectory(dir)) throw new ResultsException(dir + ": exists and is not a folder; choose another --out");
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw ResultsException.cannotRead(dir, e);
        }
    }

    /** Everything but the marker and the lock, deepest first. */
    private void deleteContents() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (p.equals(dir) || p.equals(dir.resolve(MARKER)) || p.equals(dir.resolve(LOCK))) continue;
                Files.delete(p);
            }
        }
    }

    private void deleteParts() throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> !p.equals(dir) && p.getFileName().toString().endsWith(PART)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // nothing more can be done; the marker says the folder is incomplete
        }
    }

    private static void closeQuietly(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // released anyway when the process ends
        }
    }

    /** For messages: whether the folder is (still) marked incomplete. */
    public static boolean isMarkedIncomplete(Path dir) {
        return Files.exists(dir.resolve(MARKER));
    }

    /** The lock file and the marker are the lifecycle's, not results: listings leave them out. */
    public static boolean isLifecycleFile(String name) {
        return name.equals(LOCK) || name.equals(MARKER);
    }
}
