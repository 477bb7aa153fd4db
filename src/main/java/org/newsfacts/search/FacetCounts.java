package org.newsfacts.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.model.EntityType;

/**
 * Facet counts over all articles matching a request.
 *
 * @param total     matching articles
 * @param entities  per entity type (DATE excluded, types without matches absent), canonical names, most frequent first
 * @param factTypes fact type names, most frequent first
 */
public record FacetCounts(long total, Map<EntityType, List<FacetCount>> entities, List<FacetCount> factTypes) {
    public FacetCounts {
        EnumMap<EntityType, List<FacetCount>> byType = new EnumMap<>(EntityType.class);
        entities.forEach((type, counts) -> byType.put(type, List.copyOf(counts)));
        entities = Collections.unmodifiableMap(byType); // in EntityType order, for display
        factTypes = List.copyOf(factTypes);
    }
}
