package org.newsfacts.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Turns the dates files carry ({@code 2024-05-01}, {@code 2024-05-01T09:30:00+02:00}) into
 * {@code YYYY-MM-DD}. The date part is taken as written, not shifted to UTC: it is the publisher's day.
 */
final class DateNormalizer {
    private static final int ISO_DATE_LENGTH = 10;

    private DateNormalizer() {
    }

    /** The {@code YYYY-MM-DD} date at the start of {@code raw}, or null when there is no valid one. */
    static String toIsoDate(String raw) {
        if (raw == null) {
            return null;
        }
        String value = raw.strip();
        if (value.length() < ISO_DATE_LENGTH) {
            return null;
        }
        if (value.length() > ISO_DATE_LENGTH && !isTimeSeparator(value.charAt(ISO_DATE_LENGTH))) {
            return null;
        }
        String date = value.substring(0, ISO_DATE_LENGTH);
        try {
            return LocalDate.parse(date).toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isTimeSeparator(char c) {
        return c == 'T' || c == 't' || c == ' ';
    }
}
