package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One event as the whole corpus reports it: the FACTS-SCHEMA v1 fact shape (so any reader of facts can
 * read it), plus every supporting article and the slots on which those articles disagree.
 * {@code article} and {@code evidence} are those of the first source (the earliest article).
 *
 * @param args      slot values all sources agree on, as canonical corpus-wide names; a slot in
 *                  {@code conflicts} is absent here, never decided by picking one side
 * @param date      the most specific date every source is compatible with ({@code 2022-09-21}), or null
 * @param conflicts slots (or {@code date}) whose values differ between articles, each value with its articles
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "article", "args", "date", "evidence", "confidence", "sources", "conflicts"})
public record MergedFact(String id, FactType type, String article, Map<String, Object> args, String date,
                         Evidence evidence, double confidence, List<Source> sources, List<Conflict> conflicts) {
    public MergedFact {
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
        sources = List.copyOf(sources);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /**
     * One article's report of the event.
     *
     * @param fact the id of the per-article fact
     * @param date the date as that article gives it, or null
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"article", "fact", "date", "evidence"})
    public record Source(String article, String fact, String date, Evidence evidence) {
    }

    /** A slot on which the sources disagree, with every value reported. */
    @JsonPropertyOrder({"slot", "values"})
    public record Conflict(String slot, List<Claim> values) {
        public Conflict {
            values = List.copyOf(values);
        }
    }

    /** One value of a conflicting slot and the articles reporting it. */
    @JsonPropertyOrder({"value", "articles"})
    public record Claim(Object value, List<String> articles) {
        public Claim {
            articles = List.copyOf(articles);
        }
    }
}
