package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A merged fact as the corpus layer of the index stores it, with what lookups need.
 *
 * @param principals the corpus entity ids in its own slots (whose timeline it belongs to)
 * @param entities   the principals and crewmates (whose facts it is among)
 * @param listingKey a string whose order is the order of {@code facts --merged} and {@code export}: type,
 *                   then chronology, then id
 * @param bucket       the facts it was merged among (type and key argument), or, for a fact that merges
 *                     with nothing, a name of its own: a change re-merges whole buckets
 * @param dependencies the grouping keys whose entities the resolution of its sources read: when one of
 *                     those entities changes, the fact is merged again
 * @param reports      each source fact as resolved when merged, in merge order: what merging its bucket
 *                     again needs, without reading the articles, while its dependencies stay the same
 */
@JsonPropertyOrder({"fact", "principals", "entities", "listingKey", "bucket", "dependencies", "reports"})
public record StoredMergedFact(MergedFact fact, List<String> principals, List<String> entities, String listingKey,
                               String bucket, List<String> dependencies, List<Report> reports) {
    public StoredMergedFact {
        principals = List.copyOf(principals);
        entities = List.copyOf(entities);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        reports = reports == null ? List.of() : List.copyOf(reports);
    }

    /**
     * One article's fact with its slot values resolved corpus-wide.
     *
     * @param index        the fact's position in its article
     * @param values       scalar slots
     * @param lists        list slots
     * @param dependencies the grouping keys the resolution read
     */
    @JsonPropertyOrder({"fact", "article", "index", "values", "lists", "dependencies"})
    public record Report(Fact fact, ArticleRecord article, int index, Map<String, Value> values,
                         Map<String, List<Value>> lists, List<String> dependencies) {
    }

    /** A resolved slot value: {@code key} compares (an entity id or folded text), {@code shown} is exported. */
    @JsonPropertyOrder({"key", "shown"})
    public record Value(String key, Object shown) {
    }
}
