package brink.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * While open, a JVM shutdown (Ctrl-C, SIGTERM) interrupts the given thread and waits a little for
 * it to stop cleanly, so a results folder being written is left marked incomplete rather than cut
 * mid-file. Close it when the work is done.
 */
final class InterruptOnShutdown implements AutoCloseable {
    private static final long GRACE_SECONDS = 10;

    private final Thread hook;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean triggered;

    InterruptOnShutdown(Thread worker) {
        hook = new Thread(() -> {
            triggered = true;
            worker.interrupt();
            try {
                stopped.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException ignored) {
                // shutting down anyway
            }
        }, "brink-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether a shutdown (Ctrl-C, SIGTERM) has begun while this was open. */
    public boolean triggered() { return triggered; }

    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running; it returns now that the work has stopped
        }
    }
}
