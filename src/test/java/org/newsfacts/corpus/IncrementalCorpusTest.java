package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.LEADERSHIP_CHANGE;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.MergedFact;

/** The registry and merged facts follow the index: changed articles replace their facts, pruned ones drop them. */
class IncrementalCorpusTest {
    @TempDir
    Path index;

    private static AnalysisBuilder first() {
        return article("a1", "2031-03-02").agency("Orbita Agency").person("Olga Varga").person("Ivan Lebed")
                .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "outgoing", "Ivan Lebed",
                        "incoming", "Olga Varga");
    }

    private static AnalysisBuilder second(String id) {
        return article(id, "2031-03-04").agency("Orbita").person("Olga Varga")
                .fact(LEADERSHIP_CHANGE, "XXXX-03", "organization", "Orbita", "incoming", "Olga Varga");
    }

    private Corpus read() throws IOException {
        return CorpusReader.read(index, AnalysisBuilder.GAZETTEER);
    }

    private void put(AnalysisBuilder article, String path) throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            indexer.put(article.at(path).build(), article.text());
        }
    }

    @Test
    void reingestedAndPrunedArticlesUpdateMergedFactsAndRegistry() throws IOException {
        put(first(), "news/first.txt");
        put(second("a2"), "news/second.txt");
        MergedFact change = read().mergedFacts().get(0);
        assertEquals(2, change.sources().size());
        assertEquals("2031-03-02", change.date());

        // the second file changed: its new text no longer reports the change
        put(article("a2b", "2031-03-04").agency("Orbita").person("Pavel Drozdov"), "news/second.txt");
        Corpus changed = read();
        assertEquals(1, changed.mergedFacts().size());
        assertEquals(1, changed.mergedFacts().get(0).sources().size());
        CorpusEntity varga = changed.registry().find("Olga Varga").get(0);
        assertEquals(1, varga.articles());
        assertEquals(1, changed.registry().find("Pavel Drozdov").size());

        // the first file is gone: the fact it alone reported disappears, and so do the people only it named
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            indexer.deletePath("news/first.txt");
        }
        Corpus pruned = read();
        assertTrue(pruned.mergedFacts().isEmpty());
        assertTrue(pruned.registry().find("Olga Varga").isEmpty());
        assertEquals(1, pruned.registry().find("Orbita").get(0).articles());
    }
}
