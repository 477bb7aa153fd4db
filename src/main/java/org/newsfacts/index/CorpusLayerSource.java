package org.newsfacts.index;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * What an incremental update of the corpus layer reads: the articles as they are now, and the layer as it
 * was before they changed, looked up by the terms that tie records to articles and to each other. The index
 * gives it from its writer ({@link ArticleIndexer}); another writer of the same layer (a batch job) may give
 * it from its own store, and then applies the {@link CorpusLayerBuilder.Update} the same way.
 */
public interface CorpusLayerSource {
    /** How many articles there are now. */
    int articleCount() throws IOException;

    /** The analyses, as they are now, of those of these articles that exist; in no particular order. */
    List<Analysis> analyses(Collection<String> articleIds) throws IOException;

    /** Entities of the layer with any of these grouping keys. */
    List<StoredEntity> entitiesWithKeys(Collection<String> keys) throws IOException;

    /** Entities with a person key of any of these signatures (first and last word). */
    List<StoredEntity> entitiesWithSignatures(Collection<String> signatures) throws IOException;

    /** Entities whose id has any of these stems. */
    List<StoredEntity> entitiesWithStems(Collection<String> stems) throws IOException;

    /** Entities naming any of these articles. */
    List<StoredEntity> entitiesOfArticles(Collection<String> articleIds) throws IOException;

    /** Merged facts in any of these buckets. */
    List<StoredMergedFact> factsInBuckets(Collection<String> buckets) throws IOException;

    /** Merged facts whose resolution read any of these grouping keys. */
    List<StoredMergedFact> factsDependingOn(Collection<String> keys) throws IOException;

    /** Merged facts with a source in any of these articles. */
    List<StoredMergedFact> factsFromArticles(Collection<String> articleIds) throws IOException;
}
