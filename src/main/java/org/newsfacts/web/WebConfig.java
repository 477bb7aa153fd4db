package org.newsfacts.web;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code newsfacts serve} runs: where the index is, where to listen, and the bounds that keep one
 * request from taking the machine.
 *
 * @param port           TCP port; 0 picks a free one
 * @param maxPageSize    most hits, facts or entities one page or API call returns
 * @param maxQueryLength most characters in a query or filter value
 * @param budget         time a request may take before it is answered 503
 */
public record WebConfig(Path index, String host, int port, int maxPageSize, int maxQueryLength, Duration budget) {
    /** What {@code serve} uses unless told otherwise: loopback only. */
    public static final String DEFAULT_HOST = "127.0.0.1";

    public WebConfig {
        if (index == null) {
            throw new IllegalArgumentException("index folder is required");
        }
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxPageSize < 1 || maxQueryLength < 1) {
            throw new IllegalArgumentException("page size and query length limits must be positive");
        }
        if (budget == null || budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("request time budget must be positive, got " + budget);
        }
    }

    /** Loopback, 100 records a page, 1,000-character queries, 20 s a request. */
    public static WebConfig defaults(Path index, String host, int port) {
        return new WebConfig(index, host, port, 100, 1000, Duration.ofSeconds(20));
    }
}
