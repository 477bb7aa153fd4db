package org.newsfacts.model;

/**
 * The errors newsfacts reports to users, in two kinds that the CLI maps to exit codes in one place:
 * {@link UsageException} (the user asked for something invalid, exit 2) and {@link FatalException}
 * (the run cannot go on, exit 3). Anything else escaping a command is a bug.
 */
public abstract sealed class NewsfactsException extends RuntimeException permits UsageException, FatalException {
    protected NewsfactsException(String message) {
        super(message);
    }

    protected NewsfactsException(String message, Throwable cause) {
        super(message, cause);
    }
}
