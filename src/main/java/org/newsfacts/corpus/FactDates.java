package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fact dates as TIMEX-style values ({@code 2022}, {@code 2022-09}, {@code XXXX-09-21}): whether two
 * can name the same day, the most specific value two compatible ones give together, the value a set of
 * conflicting ones still agrees on, and chronological order. Other values ({@code PAST_REF}, weeks,
 * seasons) are compatible only with themselves.
 */
final class FactDates {
    private static final Pattern CALENDAR = Pattern.compile("(\\d{4}|XXXX)(-(\\d{2}|XX)(-(\\d{2}|XX))?)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("\\d{4}");
    private static final String UNKNOWN = "X";

    /** Oldest first; dates without a known year after those with one; no date last. */
    static final Comparator<String> CHRONOLOGICAL = Comparator.comparingInt(FactDates::rank)
            .thenComparing(d -> d == null ? "" : d.replace('X', '0'));

    private FactDates() {
    }

    /** A string whose natural order is {@link #CHRONOLOGICAL}: the rank, then the date with unknown parts as 0. */
    static String sortKey(String date) {
        return rank(date) + "\u0001" + (date == null ? "" : date.replace('X', '0'));
    }

    /** Whether both may name the same time: one missing, or every part known in both is equal. */
    static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        String[] x = parts(a);
        String[] y = parts(b);
        if (x == null || y == null) {
            return a.equals(b);
        }
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].startsWith(UNKNOWN) && !y[i].startsWith(UNKNOWN) && !x[i].equals(y[i])) {
                return false;
            }
        }
        return true;
    }

    /** Two compatible dates together: {@code 2022} and {@code XXXX-09-21} give {@code 2022-09-21}. */
    static String combine(String a, String b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        String[] x = parts(a);
        String[] y = parts(b);
        if (x == null || y == null) {
            return a;
        }
        String[] longer = x.length >= y.length ? x : y;
        String[] shorter = longer == x ? y : x;
        String[] out = longer.clone();
        for (int i = 0; i < shorter.length; i++) {
            out[i] = out[i].startsWith(UNKNOWN) ? shorter[i] : out[i];
        }
        return String.join("-", out);
    }

    /**
     * The most specific value every date agrees on: {@code 2022-10-03} and {@code 2022-10-06} agree on
     * {@code 2022-10}; null when they agree on nothing.
     */
    static String agreed(Collection<String> dates) {
        List<String[]> parsed = new ArrayList<>();
        for (String date : dates) {
            String[] p = parts(date);
            if (p == null) {
                return dates.stream().distinct().count() == 1 ? date : null;
            }
            parsed.add(p);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; ; i++) {
            int at = i;
            List<String[]> reaching = parsed.stream().filter(p -> p.length > at).toList();
            List<String> known = reaching.stream().map(p -> p[at]).filter(v -> !v.startsWith(UNKNOWN)).distinct().toList();
            // stop where the dates disagree, or where none knows a month or day
            if (reaching.isEmpty() || known.size() > 1 || (known.isEmpty() && at > 0)) {
                break;
            }
            out.add(known.isEmpty() ? reaching.get(0)[at] : known.get(0));
        }
        return out.isEmpty() || out.stream().allMatch(p -> p.startsWith(UNKNOWN)) ? null : String.join("-", out);
    }

    /** How many parts a date knows; more is more specific. */
    static int precision(String date) {
        String[] p = parts(date);
        return p == null ? (date == null ? 0 : 1) : (int) Arrays.stream(p).filter(v -> !v.startsWith(UNKNOWN)).count();
    }

    /** 0: the year is known (also in week or season values such as {@code 2022-W38}); 1: it is not; 2: no calendar value; 3: no date. */
    /** Whether a date names its year: what is placed on the time line; the others are listed after. */
    static boolean knownYear(String date) {
        return rank(date) == 0;
    }

    private static int rank(String date) {
        if (date == null) {
            return 3;
        }
        return YEAR_FIRST.matcher(date).lookingAt() ? 0 : date.startsWith("XXXX") ? 1 : 2;
    }

    private static String[] parts(String date) {
        return date != null && CALENDAR.matcher(date).matches() ? date.split("-") : null;
    }
}
