package org.newsfacts.model;

/**
 * One article cannot be analysed, for a reason that lies in the article itself (text that is not prose).
 * Not a {@link NewsfactsException}: it never ends a command. The ingest reports it as
 * {@code rejected [path]: reason} and goes on with the batch.
 */
public final class ArticleRejectedException extends RuntimeException {
    /** @param reason short human reason, one line */
    public ArticleRejectedException(String reason) {
        super(reason, null, false, false); // a value crossing a thread boundary: no stack trace to fill or show
    }
}
