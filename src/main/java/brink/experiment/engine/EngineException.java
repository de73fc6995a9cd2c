package brink.experiment.engine;

import brink.scenario.BadInput;

/**
 * A cluster engine cannot be found, reached or used; the message is for the user (exit 2, as for
 * any {@link BadInput}: it is the set-up, not Brink, that must change).
 */
public final class EngineException extends Exception implements BadInput {
    private static final long serialVersionUID = 1L;

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
