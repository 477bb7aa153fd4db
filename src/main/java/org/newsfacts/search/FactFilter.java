package org.newsfacts.search;

import java.util.List;
import java.util.function.Predicate;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.NameFold;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Which per-article facts a listing keeps: of one type, naming one entity, dated within a range. Shared
 * by {@code newsfacts facts} and the web front end so both answer the same filter the same way.
 *
 * @param type   the fact type, or null for all
 * @param entity a name as a user typed it (any gazetteer spelling, a full name or a surname), or null
 * @param from   first date ({@code YYYY[-MM[-DD]]}), inclusive, or null; a fact without a known year is then left out
 * @param to     last date, inclusive (a prefix: {@code 2022} keeps all of 2022), or null
 */
public record FactFilter(FactType type, String entity, String from, String to) {
    public FactFilter {
        entity = blankToNull(entity);
        from = blankToNull(from);
        to = blankToNull(to);
        if (from != null) {
            DayRange.parse(from);
        }
        if (to != null) {
            DayRange.parse(to);
        }
    }

    /** Every fact. */
    public static FactFilter all() {
        return new FactFilter(null, null, null, null);
    }

    /** The filter as a predicate; the entity's spelling is looked up once, not per fact. */
    public Predicate<Fact> predicate() {
        String folded = entity == null ? null : folded();
        return fact -> (type == null || fact.type() == type) && (folded == null || involves(fact, folded))
                && dated(fact.date());
    }

    /** Whether a fact date passes the date range (for merged facts too). */
    public boolean dated(String date) {
        if (from == null && to == null) {
            return true;
        }
        if (date == null || date.startsWith("X")) {
            return false;
        }
        return (from == null || prefix(date, from).compareTo(prefix(from, date)) >= 0)
                && (to == null || prefix(date, to).compareTo(prefix(to, date)) <= 0);
    }

    /** Both dates cut to the shorter one's length, so {@code 2022-09} lies within {@code 2022}. */
    private static String prefix(String a, String b) {
        return a.substring(0, Math.min(a.length(), b.length()));
    }

    private String folded() {
        return NameFold.fold(Gazetteer.bundled().lookup(entity).map(GazetteerEntry::canonical).orElse(entity));
    }

    private static boolean involves(Fact fact, String folded) {
        for (Object value : fact.args().values()) {
            if (value instanceof String s && names(s, folded)) {
                return true;
            }
            if (value instanceof List<?> list && list.stream().anyMatch(v -> names(String.valueOf(v), folded))) {
                return true;
            }
        }
        return false;
    }

    /** A name matches itself, and a one-word query matches a full name's last word ("rogozin"). */
    private static boolean names(String value, String folded) {
        String v = NameFold.fold(value);
        return v.equals(folded) || (!folded.contains(" ") && v.endsWith(" " + folded));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
