package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.search.ArticleSearcher;
import org.newsfacts.search.SearchRequest;

/** The corpus layer stored with the articles answers exactly what recomputing from the analyses gives. */
class CorpusLayerTest {
    @TempDir
    Path index;

    @Test
    void storedLayerAnswersLikeTheRecomputedCorpus() throws IOException {
        RandomArticles articles = new RandomArticles(7);
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 25), CorpusLayerFactory.of(AnalysisBuilder.GAZETTEER))) {
            for (int i = 0; i < 120; i++) {
                AnalysisBuilder a = articles.next("news/" + i + ".txt");
                indexer.put(a.build(), a.text());
            }
        }
        Corpus recomputed = CorpusReader.read(index, AnalysisBuilder.GAZETTEER);
        assertFalse(recomputed.mergedFacts().isEmpty());
        try (CorpusView stored = CorpusReader.open(index, AnalysisBuilder.GAZETTEER)) {
            assertInstanceOf(StoredCorpus.class, stored);
            CorpusViews.assertSameAnswers(recomputed, stored);
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            assertEquals(120, searcher.count(), "the layer's documents are not articles");
            assertEquals(120, searcher.search(SearchRequest.of("*:*", 5)).total());
        }
    }

    @Test
    void withoutALayerBuilderChangedArticlesMarkTheLayerStaleAndReadersRecompute() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index), CorpusLayerFactory.of(AnalysisBuilder.GAZETTEER))) {
            AnalysisBuilder a = new RandomArticles(1).next("news/a.txt");
            indexer.put(a.build(), a.text());
        }
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            AnalysisBuilder b = new RandomArticles(2).next("news/b.txt");
            indexer.put(b.build(), b.text());
        }
        try (CorpusView view = CorpusReader.open(index, AnalysisBuilder.GAZETTEER)) {
            assertInstanceOf(Corpus.class, view, "a stale layer is never read");
            assertTrue(view.allEntities().count() > 0);
        }
    }
}
