package org.newsfacts.search;

import java.util.Locale;
import org.newsfacts.model.FactType;

/**
 * One search, as the CLI reads it from the command line.
 *
 * @param query    Lucene classic syntax over text, title (x2) and entity names; blank or {@code *} matches all
 * @param limit    hits to return (0: only count)
 * @param from     first day, inclusive ({@code YYYY-MM-DD}; {@code YYYY-MM}/{@code YYYY} = start of it), or null
 * @param to       last day, inclusive (same forms, {@code YYYY} = end of it), or null
 * @param entity   entity name or alias of any type, case-insensitive, or null
 * @param factType fact type name, case-insensitive ({@code leadership_change}), or null
 */
public record SearchRequest(String query, int limit, String from, String to, String entity, String factType) {
    public SearchRequest {
        if (limit < 0) {
            throw new BadQueryException("limit must not be negative, got " + limit);
        }
        from = blankToNull(from);
        to = blankToNull(to);
        entity = blankToNull(entity);
        factType = blankToNull(factType);
        String wantedType = factType == null ? null : typeName(factType);
        if (wantedType != null && FactType.values().stream().noneMatch(t -> t.name().equals(wantedType))) {
            throw new BadQueryException("unknown fact type '" + factType + "' (one of " + FactType.values() + ")");
        }
        if (from != null) {
            DayRange.parse(from);
        }
        if (to != null) {
            DayRange.parse(to);
        }
    }

    /** A plain query with no filters. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, limit, null, null, null, null);
    }

    /** Whether the query itself matches every article (the filters still apply). */
    public boolean matchesAll() {
        return query == null || query.isBlank() || query.strip().equals("*");
    }

    private static String typeName(String name) {
        return name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
