package brink.report;

import brink.scenario.BadInput;

import java.io.IOException;

/**
 * A results folder that cannot be used as given (missing, incomplete, malformed, or not
 * comparable with another): a user's mistake, reported as one message with exit code 2.
 */
public final class ResultsException extends IOException implements BadInput {
    private static final long serialVersionUID = 1L;

    public ResultsException(String message) {
        super(message);
    }
}
