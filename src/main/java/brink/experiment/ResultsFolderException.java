package brink.experiment;

import brink.scenario.BadInput;

/** The user's output folder cannot be used (exists and is not empty, not a folder, ...): exit 2. */
public final class ResultsFolderException extends Exception implements BadInput {
    private static final long serialVersionUID = 1L;

    public ResultsFolderException(String message) {
        super(message);
    }
}
