package org.newsfacts.corpus;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;

/**
 * Resolves a name as one article uses it to its corpus entity (see {@link EntityRegistry#resolve}), from two
 * sources only: the article's own names ({@link EntityGrouper#names}) and the entity each grouping key
 * belongs to. Whether the whole registry is in memory or the stored layer is asked key by key, the answer
 * is the same; and it changes only when the entity of one of its {@link #dependencies} does.
 */
final class EntityLookup {
    private final EntityGrouper grouper;
    private final Function<String, Map<String, List<String>>> articleNames;
    private final Function<String, CorpusEntity> byKey;

    /**
     * @param articleNames article id → its names (folded name → grouping keys)
     * @param byKey        grouping key → its corpus entity, or null when no article has that key
     */
    EntityLookup(EntityGrouper grouper, Function<String, Map<String, List<String>>> articleNames,
                 Function<String, CorpusEntity> byKey) {
        this.grouper = grouper;
        this.articleNames = articleNames;
        this.byKey = byKey;
    }

    Optional<CorpusEntity> resolve(String articleId, String name, List<EntityType> preferred) {
        List<CorpusEntity> inArticle = inArticle(articleId, name).stream().map(byKey).filter(Objects::nonNull).toList();
        Optional<CorpusEntity> hit = inArticle.stream().filter(e -> preferred.contains(e.type())).findFirst()
                .or(() -> inArticle.stream().findFirst());
        if (hit.isPresent()) {
            return hit;
        }
        for (EntityType type : preferred) {
            CorpusEntity known = byKey.apply(grouper.key(type, name, articleId));
            if (known != null) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /** The grouping keys whose entities {@link #resolve} reads for this name: the article's own, then the corpus-wide ones. */
    void dependencies(String articleId, String name, List<EntityType> preferred, Collection<String> out) {
        out.addAll(inArticle(articleId, name));
        preferred.forEach(type -> out.add(grouper.key(type, name, articleId)));
    }

    private List<String> inArticle(String articleId, String name) {
        Map<String, List<String>> names = articleNames.apply(articleId);
        return names == null ? List.of() : names.getOrDefault(NameKeys.fold(name), List.of());
    }
}
