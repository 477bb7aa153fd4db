package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A merged fact as the corpus layer of the index stores it, with what lookups need.
 *
 * @param principals the corpus entity ids in its own slots (whose timeline it belongs to)
 * @param entities   the principals and crewmates (whose facts it is among)
 * @param listingKey a string whose order is the order of {@code facts --merged} and {@code export}: type,
 *                   then chronology, then id
 */
@JsonPropertyOrder({"fact", "principals", "entities", "listingKey"})
public record StoredMergedFact(MergedFact fact, List<String> principals, List<String> entities, String listingKey) {
    public StoredMergedFact {
        principals = List.copyOf(principals);
        entities = List.copyOf(entities);
    }
}
