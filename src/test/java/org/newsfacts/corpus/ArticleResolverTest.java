package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;

/**
 * An article's entities resolve to the same corpus entities whether the stored layer is asked key by key or
 * the registry is recomputed: the article page's links do not depend on which the server reads.
 */
class ArticleResolverTest {
    @TempDir
    Path index;

    @Test
    void storedLayerResolvesEveryArticleEntityLikeTheRecomputedRegistry() throws IOException {
        RandomArticles random = new RandomArticles(11);
        List<Analysis> analyses = new ArrayList<>();
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, 30), CorpusLayerFactory.of(AnalysisBuilder.GAZETTEER))) {
            for (int i = 0; i < 80; i++) {
                AnalysisBuilder a = random.next("news/" + i + ".txt");
                Analysis built = a.build();
                analyses.add(built);
                indexer.put(built, a.text());
            }
        }
        Corpus recomputed = CorpusReader.read(index, AnalysisBuilder.GAZETTEER);
        int resolved = 0;
        try (CorpusView stored = CorpusReader.open(index, AnalysisBuilder.GAZETTEER)) {
            assertInstanceOf(StoredCorpus.class, stored);
            for (Analysis a : analyses) {
                Function<Entity, Optional<CorpusEntity>> expected = recomputed.resolver(a);
                Function<Entity, Optional<CorpusEntity>> actual = stored.resolver(a);
                for (Entity e : a.entities()) {
                    Optional<CorpusEntity> want = expected.apply(e);
                    assertEquals(want, actual.apply(e), e.name() + " in " + a.article().path());
                    resolved += want.isPresent() ? 1 : 0;
                }
            }
        }
        assertTrue(resolved > 100, "the fixture resolves many names, got " + resolved);
    }
}
