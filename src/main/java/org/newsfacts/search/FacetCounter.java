package org.newsfacts.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.model.EntityType;

/**
 * Facet counts from the sorted-set doc values written at index time. The reader state (a global
 * ordinal map) is built on first use only, so plain searches never pay for it.
 */
final class FacetCounter {
    private final IndexSearcher searcher;
    private final FacetsConfig config = ArticleFields.facetsConfig();
    private SortedSetDocValuesReaderState state;

    FacetCounter(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    FacetCounts count(Query query, int topN) throws IOException {
        SortedSetDocValuesReaderState facetState = state();
        if (facetState == null) {
            return new FacetCounts(searcher.count(query), Map.of(), List.of());
        }
        FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
        long total = collector.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(facetState, collector);
        Map<String, List<FacetCount>> byDim = new HashMap<>();
        for (FacetResult result : counts.getAllDims(topN)) {
            byDim.put(result.dim, Arrays.stream(result.labelValues).map(FacetCounter::toCount).toList());
        }
        Map<EntityType, List<FacetCount>> entities = new HashMap<>();
        for (EntityType type : EntityType.values()) {
            List<FacetCount> values = byDim.get(ArticleFields.entityDim(type));
            if (values != null && !values.isEmpty()) {
                entities.put(type, values);
            }
        }
        List<FacetCount> factTypes = byDim.getOrDefault(ArticleFields.FACT_TYPE_DIM, new ArrayList<>());
        return new FacetCounts(total, entities, factTypes);
    }

    /** Null while no document has a facet (an empty index), where Lucene would refuse to build the state. */
    private synchronized SortedSetDocValuesReaderState state() throws IOException {
        if (state == null) {
            String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
            if (FieldInfos.getMergedFieldInfos(searcher.getIndexReader()).fieldInfo(field) == null) {
                return null;
            }
            state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), field, config);
        }
        return state;
    }

    private static FacetCount toCount(LabelAndValue label) {
        return new FacetCount(label.label, label.value.longValue());
    }
}
