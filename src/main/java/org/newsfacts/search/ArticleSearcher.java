package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.FoldingAnalyzer;

/**
 * Searches the index, read-only: parses the user's query, applies the date, entity and fact-type
 * filters, and returns hits with highlighted snippets, or facet counts over all matches. Opening is
 * cheap (no models, no caches built up front), so a cold CLI search answers in about a second.
 * Thread-safe; reflects the index as it was committed when opened.
 */
public final class ArticleSearcher implements Closeable {
    /** Snippets aim at about this many characters, ending on sentence boundaries. */
    private static final int SNIPPET_GOAL = 160;
    /** Highlight matches anywhere in an article, not only in its first 10,000 characters (Lucene's default). */
    private static final int HIGHLIGHT_MAX_LENGTH = 1 << 22;

    private final IndexSnapshot snapshot;
    private final IndexSearcher searcher;
    private final FoldingAnalyzer analyzer = new FoldingAnalyzer();
    private final UnifiedHighlighter highlighter;
    private final FacetCounter facets;
    private final SearchHitReader hits = new SearchHitReader();
    /** Exact totals past the ranking's 1,000, by counting query: the next page of a search needs the same one. */
    private final RecentAnswers<Query, Long> totals = new RecentAnswers<>(1024);
    /** How phrases are searched to rank hits, and to count them (see {@link PhrasePairs}). */
    private final PhrasePairs.Mode ranking;
    private final PhrasePairs.Mode counting;

    private ArticleSearcher(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
        this.searcher = new IndexSearcher(snapshot.reader);
        this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(SearchHit.MATCH_START, SearchHit.MATCH_END, " … ", false))
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new SentenceBreakIterator(), SNIPPET_GOAL, 0.5f))
                .withMaxLength(HIGHLIGHT_MAX_LENGTH)
                .withScorer(new LeanPassageScorer())
                .build();
        this.facets = new FacetCounter(searcher);
        // an index written before word pairs existed (or partly before) answers phrases the slow way
        boolean pairs = PhrasePairs.indexed(snapshot.reader);
        this.ranking = pairs ? PhrasePairs.Mode.NARROWED : PhrasePairs.Mode.POSITIONS;
        this.counting = pairs ? PhrasePairs.Mode.PAIRS : PhrasePairs.Mode.POSITIONS;
    }

    /**
     * Opens the index in {@code directory} for reading.
     *
     * @throws IndexMissingException when the folder is missing or holds no index
     */
    public static ArticleSearcher open(Path directory) throws IOException {
        return new ArticleSearcher(IndexSnapshot.open(directory));
    }

    /**
     * Runs one search: best hits first, or newest first when the query matches all.
     *
     * @throws BadQueryException when the query or a filter cannot be parsed
     */
    public SearchResults search(SearchRequest request) throws IOException {
        try {
            return run(request);
        } catch (RuntimeException | StackOverflowError e) {
            throw ArticleQueryParser.tooComplex(request.query(), e); // wildcards expand when the query is rewritten
        }
    }

    private SearchResults run(SearchRequest request) throws IOException {
        Query query = RequestQuery.of(request, analyzer, ranking);
        if (request.limit() == 0) {
            return new SearchResults(searcher.count(counting(request)), List.of());
        }
        // never ask Lucene for a queue larger than the index: a huge --limit must not allocate one
        int size = Math.max(1, Math.min(request.limit(), snapshot.reader.maxDoc()));
        TopDocs top = request.matchesAll()
                ? searcher.search(query, size, newestFirst(), true)
                : searcher.search(query, size);
        // past 1,000 hits Lucene only gives a lower bound; the CLI prints the exact total, counted apart
        // with phrases as word pairs, which match the same articles without checking positions
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                ? top.totalHits.value : totals.get(counting(request), q -> (long) searcher.count(q));
        String[] snippets = highlighter.highlight(ArticleFields.TEXT, RequestQuery.marked(request, analyzer), top, 1);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> list = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            list.add(hits.read(stored, top.scoreDocs[i], snippets[i]));
        }
        return new SearchResults(total, list);
    }

    /**
     * Counts the top {@code topN} entities per type and the fact types over every article matching
     * the request ({@code limit} is ignored).
     */
    public FacetCounts facets(SearchRequest request, int topN) throws IOException {
        if (topN < 1) {
            throw new IllegalArgumentException("topN must be at least 1, got " + topN);
        }
        try {
            return facets.count(counting(request), topN);
        } catch (RuntimeException | StackOverflowError e) {
            throw ArticleQueryParser.tooComplex(request.query(), e);
        }
    }

    /** The request as a query that matches the same articles but need not rank them. */
    private Query counting(SearchRequest request) {
        return RequestQuery.of(request, analyzer, counting);
    }

    /** How many articles the index holds. */
    public long count() throws IOException {
        return searcher.count(RequestQuery.articlesOnly());
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
    }

    /** Articles without a date come last; equal dates in path order, so the listing is stable. */
    private static Sort newestFirst() {
        SortField date = new SortField(ArticleFields.DATE, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, new SortField(ArticleFields.PATH, SortField.Type.STRING));
    }
}
