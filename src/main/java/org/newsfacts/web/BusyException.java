package org.newsfacts.web;

import org.newsfacts.model.FatalException;

/** A request ran over its time budget: HTTP 503, with a message saying so. */
public final class BusyException extends FatalException {
    public BusyException(String message) {
        super(message);
    }
}
