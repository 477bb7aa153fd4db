package org.newsfacts.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * An inclusive range of epoch days, the unit the index stores dates in. Parsed from {@code YYYY-MM-DD},
 * or from {@code YYYY-MM} / {@code YYYY} meaning the whole month or year.
 */
record DayRange(long first, long last) {

    static DayRange parse(String value) {
        String text = value.strip();
        try {
            return switch (text.length()) {
                case 4 -> {
                    Year year = Year.parse(text);
                    yield new DayRange(year.atDay(1).toEpochDay(), year.atMonth(12).atEndOfMonth().toEpochDay());
                }
                case 7 -> {
                    YearMonth month = YearMonth.parse(text);
                    yield new DayRange(month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay());
                }
                default -> {
                    long day = LocalDate.parse(text).toEpochDay();
                    yield new DayRange(day, day);
                }
            };
        } catch (DateTimeException e) {
            throw new BadQueryException("bad date '" + value + "': expected YYYY-MM-DD, YYYY-MM or YYYY");
        }
    }
}
