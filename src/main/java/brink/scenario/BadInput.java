package brink.scenario;

/**
 * Marks an exception as a user's mistake (a bad file, field, folder or option value) rather than
 * a fault in Brink: the CLI prints its message as one line and exits with code 2, never a stack trace.
 */
public interface BadInput {
    String getMessage();
}
