package org.newsfacts.corpus;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.index.CorpusLayerSource;
import org.newsfacts.model.Analysis;

/**
 * The corpus layer the index stores: computed by {@link Corpus} from every article, with the merging rules
 * of README "Across the corpus", so stored and recomputed answers are the same by construction; or updated
 * for a few changed articles by {@link CorpusLayerUpdate}, which recomputes what they touch with the same code.
 */
public final class CorpusLayerFactory {
    private CorpusLayerFactory() {
    }

    /** The builder an {@link org.newsfacts.index.ArticleIndexer} calls before the commit ending a batch. */
    public static CorpusLayerBuilder of(Gazetteer gazetteer) {
        return new CorpusLayerBuilder() {
            @Override
            public Records build(List<Analysis> analyses) {
                return Corpus.of(analyses, gazetteer).records();
            }

            @Override
            public Optional<Update> update(CorpusLayerSource layer, Set<String> changedArticles) throws IOException {
                int limit = CorpusLayerUpdate.defaultLimit(layer.articleCount());
                return new CorpusLayerUpdate(gazetteer, layer, limit).run(changedArticles);
            }
        };
    }
}
