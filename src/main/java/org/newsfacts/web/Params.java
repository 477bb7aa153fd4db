package org.newsfacts.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.UsageException;

/** Reads a request's query parameters with the server's bounds; a bad value is a 400 naming it. */
final class Params {
    private final Context ctx;
    private final WebConfig config;

    Params(Context ctx, WebConfig config) {
        this.ctx = ctx;
        this.config = config;
    }

    /** The parameter, stripped, or null when absent or blank. */
    String text(String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > config.maxQueryLength()) {
            throw new UsageException(name + " is longer than " + config.maxQueryLength() + " characters");
        }
        return value.strip();
    }

    int number(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new UsageException(name + " must be between " + min + " and " + max + ", got " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a number, got '" + value + "'");
        }
    }

    /** A page size: {@code limit}, at most the configured maximum. */
    int limit(int fallback) {
        return number("limit", fallback, 0, config.maxPageSize());
    }

    boolean flag(String name) {
        String value = text(name);
        return value != null && (value.equalsIgnoreCase("true") || value.equals("1") || value.equalsIgnoreCase("on"));
    }

    FactType factType(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return FactType.find(value).orElseThrow(
                () -> new UsageException("unknown fact type '" + value + "' (one of " + FactType.values() + ")"));
    }

    EntityType entityType(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return EntityType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown entity type '" + value + "' (one of " + Arrays.toString(EntityType.values()) + ")");
        }
    }
}
