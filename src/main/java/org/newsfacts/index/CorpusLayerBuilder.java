package org.newsfacts.index;

import java.util.List;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Computes the corpus layer (one record per corpus entity, one per merged fact) from every article, so
 * that {@link ArticleIndexer} can store it in the same commit as the articles. Implemented downstream (by
 * the {@code corpus} package), which owns the merging rules; the index only stores what it is given.
 */
@FunctionalInterface
public interface CorpusLayerBuilder {
    /** The records of the whole corpus, from its analyses in path order. */
    Records build(List<Analysis> articles);

    /** What the layer holds. */
    record Records(List<StoredEntity> entities, List<StoredMergedFact> facts) {
    }
}
