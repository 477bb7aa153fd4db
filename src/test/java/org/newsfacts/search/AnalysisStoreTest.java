package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.model.Analysis;

class AnalysisStoreTest {
    @TempDir
    Path dir;

    @Test
    void readsEveryAnalysisBackInPathOrder() throws IOException {
        SampleArticles.index(dir);
        try (AnalysisStore store = AnalysisStore.open(dir); Stream<Analysis> all = store.all()) {
            assertEquals(4, store.count());
            assertEquals(List.of(SampleArticles.chief(), SampleArticles.launch(), SampleArticles.seatSwap(),
                    SampleArticles.soyuz()), all.toList());
        }
    }

    @Test
    void skipsReplacedAndDeletedArticles() throws IOException {
        SampleArticles.index(dir);
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.deletePath("news/launch.txt");
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
        }
        try (AnalysisStore store = AnalysisStore.open(dir)) {
            assertEquals(3, store.count());
            assertEquals(List.of("news/chief.txt", "news/seat-swap.txt", "news/soyuz-ru.txt"),
                    store.all().map(a -> a.article().path()).toList());
        }
    }

    @Test
    void findsOneArticleAndItsTextById() throws IOException {
        SampleArticles.index(dir);
        try (AnalysisStore store = AnalysisStore.open(dir)) {
            assertEquals(Optional.of(SampleArticles.soyuz()), store.byId(SampleArticles.SOYUZ_ID));
            assertEquals(Optional.of(SampleArticles.SOYUZ_TEXT), store.text(SampleArticles.SOYUZ_ID));
            assertEquals(Optional.empty(), store.byId("ffffffffffff"));
        }
    }
}
