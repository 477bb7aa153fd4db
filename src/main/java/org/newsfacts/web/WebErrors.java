package org.newsfacts.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsfacts.model.FatalException;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.IndexMissingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where exceptions become HTTP statuses, as {@code ExitCodes} is for the CLI: an unknown id
 * 404, a malformed query or parameter 400, no index yet or a request over its budget 503, anything else
 * 500. The body is JSON under {@code /api/}, a page elsewhere; a stack trace never reaches a client.
 */
final class WebErrors {
    private static final Logger LOG = LoggerFactory.getLogger(WebErrors.class);

    /** Marks a response this class already wrote, so the 404 fallback leaves it alone. */
    private static final String ANSWERED = "newsfacts.error";

    private final Pages pages;

    WebErrors(Pages pages) {
        this.pages = pages;
    }

    void handle(Exception e, Context ctx) {
        int status;
        String message;
        if (e instanceof NotFoundException) {
            status = 404;
            message = e.getMessage();
        } else if (e instanceof UsageException) {
            status = 400;
            message = e.getMessage();
        } else if (e instanceof IndexMissingException || e instanceof BusyException) {
            status = 503;
            message = e.getMessage();
        } else if (e instanceof FatalException) {
            status = 500;
            message = e.getMessage();
        } else if (e instanceof HttpResponseException http) {
            status = http.getStatus();
            message = http.getMessage();
        } else if (e instanceof IOException || e instanceof UncheckedIOException) {
            status = 500;
            message = "I/O error reading the index";
            LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.toString());
        } else {
            status = 500;
            message = "unexpected error (a bug in newsfacts)";
            LOG.error("{} {}", ctx.method(), ctx.path(), e);
        }
        respond(ctx, status, message);
    }

    /** No route matched: the same shapes as any other 404. */
    void notFound(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            respond(ctx, 404, "no page at " + ctx.path());
        }
    }

    private void respond(Context ctx, int status, String message) {
        ctx.attribute(ANSWERED, Boolean.TRUE);
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", message);
            WebServer.json(ctx, body);
        } else {
            ctx.html(pages.error(status, message));
        }
    }
}
