package org.newsfacts.entities;

import java.util.regex.Pattern;

/**
 * Which normalized TIMEX values are calendar dates, the only DATE entities FACTS-SCHEMA 1.1 allows: a year,
 * month, day, week, weekday of a week, quarter, half or season, possibly without a known year
 * ({@code XXXX-09-21}). SUTime also tags "now" ({@code PRESENT_REF}), durations ({@code THIS P1Y}), sets,
 * times of day and intersections ({@code 2024-08 INTERSECT P1W-#1}); none of them is a date a user can
 * look up, so none becomes an entity.
 */
public final class CalendarDates {
    private static final Pattern CALENDAR = Pattern.compile(
            "(\\d{4}|XXXX)(-(\\d{2}(-\\d{2})?|W(\\d{2}|XX)(-\\d)?|Q\\d|H\\d|SP|SU|FA|WI))?");
    /** A bare four-digit "year" outside this range is a clock time read as a year ("1120 GMT"). */
    private static final int FIRST_YEAR = 1800;
    private static final int LAST_YEAR = 2199;

    private CalendarDates() {
    }

    /** Whether {@code value} (already cut to the day for date-times) is a calendar date. */
    public static boolean isCalendar(String value) {
        if (value == null || !CALENDAR.matcher(value).matches()) {
            return false;
        }
        if (value.startsWith("XXXX")) {
            return value.length() > 4;
        }
        int year = Integer.parseInt(value.substring(0, 4));
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
