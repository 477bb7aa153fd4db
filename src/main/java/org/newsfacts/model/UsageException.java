package org.newsfacts.model;

/** The user asked for something invalid: a bad option value, a malformed query. Exit status 2. */
public non-sealed class UsageException extends NewsfactsException {
    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
