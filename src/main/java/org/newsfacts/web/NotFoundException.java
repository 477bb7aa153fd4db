package org.newsfacts.web;

import org.newsfacts.model.UsageException;

/** The request names an article or entity the index does not hold: HTTP 404. */
public final class NotFoundException extends UsageException {
    public NotFoundException(String message) {
        super(message);
    }
}
