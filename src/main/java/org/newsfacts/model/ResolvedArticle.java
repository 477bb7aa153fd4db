package org.newsfacts.model;

import java.util.List;

/**
 * An annotated article whose mentions are resolved to canonical entities: the input of the fact rules.
 *
 * @param mentions per sentence (same order as {@code annotated.sentences()}), resolved mentions in text order
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<Entity> entities, List<List<EntityMention>> mentions) {
    public ResolvedArticle {
        entities = List.copyOf(entities);
        mentions = mentions.stream().map(List::copyOf).toList();
    }

    public Article article() {
        return annotated.article();
    }
}
