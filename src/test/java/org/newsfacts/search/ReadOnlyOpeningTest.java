package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.SampleArticles;

class ReadOnlyOpeningTest {
    @TempDir
    Path dir;

    @Test
    void missingFolderIsIndexMissing() {
        Path missing = dir.resolve("nope");
        IndexMissingException e = assertThrows(IndexMissingException.class, () -> ArticleSearcher.open(missing));
        assertEquals("no index at " + missing + " (run `newsfacts ingest` first)", e.getMessage());
        assertThrows(IndexMissingException.class, () -> AnalysisStore.open(missing));
        assertEquals(false, Files.exists(missing), "opening must not create the folder");
    }

    @Test
    void folderWithoutIndexIsIndexMissing() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "not an index");
        assertThrows(IndexMissingException.class, () -> ArticleSearcher.open(dir));
        assertThrows(IndexMissingException.class, () -> ArticleSearcher.open(dir.resolve("notes.txt")));
    }

    @Test
    void freshEmptyIndexSearchesToNothing() throws IOException {
        ArticleIndexer.open(IndexConfig.at(dir)).close();
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            assertEquals(0, searcher.search(SearchRequest.of("", 10)).total());
            FacetCounts facets = searcher.facets(SearchRequest.of("", 10), 5);
            assertEquals(0, facets.total());
            assertEquals(0, facets.factTypes().size());
        }
    }

    @Test
    void searchingWorksWhileAWriterHoldsTheLock() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.put(SampleArticles.soyuz(), SampleArticles.SOYUZ_TEXT);
            indexer.commit();
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
                assertEquals(1, searcher.count(), "sees the last commit only");
            }
        }
    }
}
