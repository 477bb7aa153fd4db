package org.newsfacts.index;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Computes the corpus layer (one record per corpus entity, one per merged fact), so that {@link ArticleIndexer}
 * can store it in the same commit as the articles: in full from every article, or as an update for a few
 * changed articles that gives exactly what the full computation would. Implemented downstream (by the
 * {@code corpus} package), which owns the merging rules; the index only stores what it is given.
 */
@FunctionalInterface
public interface CorpusLayerBuilder {
    /** The records of the whole corpus, from its analyses in path order. */
    Records build(List<Analysis> articles);

    /**
     * The change to the layer when the articles with these ids were added, changed, moved or removed (an id
     * whose document is gone was removed; one that exists was added or rewritten): records to delete and to
     * add. Empty when the update would read so much of the corpus that the full computation is the better
     * way; the caller then {@link #build builds} the layer in full. This default always answers empty.
     *
     * @param layer           the articles as they are now and the layer as it was before they changed
     * @param changedArticles ids of the articles changed since the layer was computed
     */
    default Optional<Update> update(CorpusLayerSource layer, Set<String> changedArticles) throws IOException {
        return Optional.empty();
    }

    /** What the layer holds. */
    record Records(List<StoredEntity> entities, List<StoredMergedFact> facts) {
    }

    /**
     * A change to the layer: entity documents to delete by id and merged-fact documents by bucket (all
     * deletions come before the additions), then records to add.
     */
    record Update(Set<String> removedEntityIds, Set<String> removedBuckets, List<StoredEntity> entities,
                  List<StoredMergedFact> facts) {
        public Update {
            removedEntityIds = Set.copyOf(removedEntityIds);
            removedBuckets = Set.copyOf(removedBuckets);
            entities = List.copyOf(entities);
            facts = List.copyOf(facts);
        }
    }
}
