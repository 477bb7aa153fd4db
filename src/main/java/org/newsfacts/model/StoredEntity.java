package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A corpus entity as the corpus layer of the index stores it: the entity, the articles naming it (oldest
 * first, undated last) and the forms a lookup compares, computed once when the layer is built so that
 * reading it never needs the merging rules.
 *
 * @param keys          the grouping keys merged into this entity (what a name in an article resolves through)
 * @param foldedName    the canonical name, folded (case, accents, punctuation)
 * @param foldedAliases every alias, folded
 * @param surname       the last folded word of a person's name of two words or more, else null
 * @param maintenance   what an incremental update of the layer needs to redo exactly what a full
 *                      recomputation would, and nothing more; null in layers written before it existed
 */
@JsonPropertyOrder({"entity", "articles", "keys", "foldedName", "foldedAliases", "surname", "maintenance"})
public record StoredEntity(CorpusEntity entity, List<ArticleRecord> articles, List<String> keys, String foldedName,
                           List<String> foldedAliases, String surname, Maintenance maintenance) {
    public StoredEntity {
        articles = List.copyOf(articles);
        keys = List.copyOf(keys);
        foldedAliases = List.copyOf(foldedAliases);
    }

    /**
     * How the entity relates to others when articles change.
     *
     * @param baseId     its id before a suffix made it unique
     * @param stem       the base id without trailing "-N": entities sharing it compete for ids
     * @param firstPath  the article where its own grouping key first occurs
     * @param firstIndex the position of that entity in the article (with {@code firstPath}, the order ids are claimed in)
     * @param signatures first and last word of its multi-word person keys: keys sharing one may unite
     * @param contributions for an entity of one grouping key that never unites with another (any but a
     *                   multi-word person name), what each article naming it gave, in corpus order: enough
     *                   to group it again without reading those articles; null for the others
     */
    @JsonPropertyOrder({"baseId", "stem", "firstPath", "firstIndex", "signatures", "contributions"})
    public record Maintenance(String baseId, String stem, String firstPath, int firstIndex, List<String> signatures,
                              List<Contribution> contributions) {
        public Maintenance {
            signatures = List.copyOf(signatures);
            contributions = contributions == null ? null : List.copyOf(contributions);
        }
    }

    /**
     * One article's part in an entity.
     *
     * @param index    the position in the article of its first entity with the grouping key
     * @param entities its entities with the grouping key, in article order
     */
    @JsonPropertyOrder({"article", "path", "date", "index", "entities"})
    public record Contribution(String article, String path, String date, int index, List<Entity> entities) {
        public Contribution {
            entities = List.copyOf(entities);
        }
    }
}
