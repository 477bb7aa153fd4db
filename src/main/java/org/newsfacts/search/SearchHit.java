package org.newsfacts.search;

import java.util.List;

/**
 * One matching article.
 *
 * @param date     YYYY-MM-DD, or null when the article has none
 * @param score    relevance; the same for every hit of a match-all listing, which is sorted by date
 * @param snippet  best passage of the text, whitespace collapsed, matches wrapped in {@code <b>...</b>}
 * @param entities the article's most mentioned entities, canonical names, dates excluded
 * @param facts    the fact types found in the article
 */
public record SearchHit(String id, String title, String date, String path, float score, String snippet,
                        List<String> entities, List<String> facts) {
    /** Opening marker of a match in {@link #snippet()}. */
    public static final String MATCH_START = "<b>";
    /** Closing marker of a match in {@link #snippet()}. */
    public static final String MATCH_END = "</b>";

    public SearchHit {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    /** The snippet without markers. */
    public String plainSnippet() {
        return snippet("", "");
    }

    /** The snippet with matches wrapped in other markers, such as ANSI bold {@code "\u001b[1m", "\u001b[0m"}. */
    public String snippet(String start, String end) {
        return snippet == null ? null : snippet.replace(MATCH_START, start).replace(MATCH_END, end);
    }
}
