package brink.results;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A results folder that cannot be used as given: an input folder that is missing, incomplete,
 * damaged or not comparable, or an output location that cannot be written (no permission, no
 * space, under a file, ...). A user's mistake or the machine's, never Brink's: the command line
 * prints the one-line message and exits with code 2.
 */
public class ResultsException extends IOException {
    private static final long serialVersionUID = 1L;

    public ResultsException(String message) {
        super(message);
    }

    public ResultsException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code path: cannot be written: <why>} from what the operating system said. */
    public static ResultsException cannotWrite(Path path, IOException e) {
        if (e instanceof ResultsException r) return r;
        return new ResultsException(String.valueOf(path) + ": cannot be written: " + cause(e), e);
    }

    /** {@code path: cannot be read: <why>}. */
    public static ResultsException cannotRead(Path path, IOException e) {
        if (e instanceof ResultsException r) return r;
        return new ResultsException(String.valueOf(path) + ": cannot be read: " + cause(e), e);
    }

    /** The operating system's reason in plain words (e.g. "No space left on device", "permission denied"). */
    static String cause(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder" + (n.getFile() == null ? "" : " (" + n.getFile() + ")");
        }
        if (e instanceof FileSystemException f) {
            // e.g. DirectoryNotEmptyException has no reason: its name says it
            String reason = f.getReason() != null ? f.getReason()
                    : e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
            return reason + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
