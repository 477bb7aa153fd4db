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
 */
@JsonPropertyOrder({"entity", "articles", "keys", "foldedName", "foldedAliases", "surname"})
public record StoredEntity(CorpusEntity entity, List<ArticleRecord> articles, List<String> keys, String foldedName,
                           List<String> foldedAliases, String surname) {
    public StoredEntity {
        articles = List.copyOf(articles);
        keys = List.copyOf(keys);
        foldedAliases = List.copyOf(foldedAliases);
    }
}
