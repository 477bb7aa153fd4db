package org.newsfacts.model;

/** The run cannot go on: the index is locked, missing or unreadable. Exit status 3. */
public non-sealed class FatalException extends NewsfactsException {
    public FatalException(String message) {
        super(message);
    }

    public FatalException(String message, Throwable cause) {
        super(message, cause);
    }
}
