package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;

class UndatedArticlesTest {
    @TempDir
    Path dir;

    private static Analysis dated(Analysis analysis, String id, String path, String date) {
        ArticleRecord a = analysis.article();
        return new Analysis(new ArticleRecord(id, path, a.title(), date, a.language(), a.sha256(), a.tokens()),
                analysis.entities(), analysis.facts());
    }

    @Test
    void undatedAndUnparseableDatesIndexAndListAfterDatedArticles() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(dir, 1))) {
            indexer.put(dated(SampleArticles.chief(), "u1", "b/undated.txt", null), SampleArticles.CHIEF_TEXT);
            indexer.put(dated(SampleArticles.chief(), "u2", "a/garbled.txt", "2022-13-01"), SampleArticles.CHIEF_TEXT);
            indexer.put(SampleArticles.seatSwap(), SampleArticles.SEAT_SWAP_TEXT);
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            List<SearchHit> hits = searcher.search(SearchRequest.of("", 10)).hits();
            assertEquals(List.of(SampleArticles.SEAT_SWAP_ID, "u2", "u1"), hits.stream().map(SearchHit::id).toList());
            assertEquals("2022-13-01", hits.get(1).date(), "shown as the article gave it");
            assertEquals(1, searcher.search(new SearchRequest("", 10, "2000-01-01", null, null, null)).total());
        }
    }
}
