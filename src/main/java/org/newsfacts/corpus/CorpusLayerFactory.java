package org.newsfacts.corpus;

import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;

/**
 * The corpus layer the index stores: computed by {@link Corpus} from every article, with the merging rules
 * of README "Across the corpus", so stored and recomputed answers are the same by construction.
 */
public final class CorpusLayerFactory {
    private CorpusLayerFactory() {
    }

    /** The builder an {@link org.newsfacts.index.ArticleIndexer} calls before the commit ending a batch. */
    public static CorpusLayerBuilder of(Gazetteer gazetteer) {
        return analyses -> Corpus.of(analyses, gazetteer).records();
    }
}
