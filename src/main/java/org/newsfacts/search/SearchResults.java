package org.newsfacts.search;

import java.util.List;

/** The hits of one search, best first (or newest first for match-all), and how many articles matched in all. */
public record SearchResults(long total, List<SearchHit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
