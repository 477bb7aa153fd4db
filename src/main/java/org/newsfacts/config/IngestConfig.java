package org.newsfacts.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * How articles are read.
 *
 * @param maxBytes    files larger than this are rejected unread
 * @param defaultDate date for articles whose file carries none ({@code --date}), or null for none
 */
public record IngestConfig(long maxBytes, String defaultDate) {
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;

    public IngestConfig {
        if (maxBytes <= 0) {
            throw new ConfigException("max-bytes must be positive, got " + maxBytes);
        }
        if (defaultDate != null) {
            try {
                LocalDate.parse(defaultDate);
            } catch (DateTimeParseException e) {
                throw new ConfigException("date must be YYYY-MM-DD, got '" + defaultDate + "'");
            }
        }
    }

    public static IngestConfig defaults() {
        return new IngestConfig(DEFAULT_MAX_BYTES, null);
    }
}
