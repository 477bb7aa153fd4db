package org.newsfacts.search;

import org.newsfacts.model.UsageException;

/** The user's query or filters cannot be understood; the message is one line, fit for stderr. */
public final class BadQueryException extends UsageException {
    public BadQueryException(String message) {
        super(message);
    }

    public BadQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
