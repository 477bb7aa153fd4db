package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;

/**
 * One entity per real-world thing across the corpus, as {@link EntityGrouper} decides, with the
 * articles naming each. Resolves a name as one article uses it to its corpus entity, and a name typed
 * by a user to the entities it may mean. Immutable once built.
 */
public final class EntityRegistry {
    static final Comparator<CorpusEntity> MOST_ARTICLES_FIRST = Comparator
            .comparingInt(CorpusEntity::articles).reversed()
            .thenComparing(Comparator.comparingInt(CorpusEntity::mentions).reversed())
            .thenComparing(CorpusEntity::name)
            .thenComparing(CorpusEntity::id);

    private final EntityGrouper grouper;
    private final Gazetteer gazetteer;
    private final List<CorpusEntity> entities;
    private final Map<String, CorpusEntity> byKey = new HashMap<>();
    private final Map<String, CorpusEntity> byId = new HashMap<>();
    private final Map<String, List<String>> articlesById = new HashMap<>();
    private final Map<String, EntityGrouper.Group> groupById = new HashMap<>();
    private final Map<String, Map<String, List<String>>> names = new HashMap<>();
    private final EntityLookup lookup;

    private EntityRegistry(List<Analysis> analyses, Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.grouper = new EntityGrouper(gazetteer);
        List<CorpusEntity> all = new ArrayList<>();
        for (EntityGrouper.Group group : grouper.group(analyses, names)) {
            group.keys().forEach(k -> byKey.put(k, group.entity()));
            byId.put(group.entity().id(), group.entity());
            articlesById.put(group.entity().id(), group.articles());
            groupById.put(group.entity().id(), group);
            all.add(group.entity());
        }
        all.sort(MOST_ARTICLES_FIRST);
        this.entities = List.copyOf(all);
        this.lookup = new EntityLookup(grouper, names::get, byKey::get);
    }

    /** The registry of these analyses (in corpus order, which fixes tie-breaks), merging by {@code gazetteer}. */
    public static EntityRegistry of(List<Analysis> analyses, Gazetteer gazetteer) {
        return new EntityRegistry(analyses, gazetteer);
    }

    /** Every entity, most articles first, then most mentions, then by name. */
    public List<CorpusEntity> entities() {
        return entities;
    }

    public Optional<CorpusEntity> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of the articles naming the entity, in corpus order. */
    public List<String> articles(String entityId) {
        return articlesById.getOrDefault(entityId, List.of());
    }

    /** The group an entity was built from. */
    EntityGrouper.Group group(String entityId) {
        return groupById.get(entityId);
    }

    /** The grouping key of a gazetteer entry: every spelling of it is one entity. */
    static String gazetteerKey(GazetteerEntry entry) {
        return "gazetteer:" + NameKeys.fold(entry.canonical());
    }

    /**
     * The corpus entity a name means in one article: an entity of that article with this name (or
     * alias), of a {@code preferred} type if there is one; else the gazetteer's entry, or a name of two
     * or more words known corpus-wide in a preferred type. One-word person names never resolve outside
     * their article.
     */
    public Optional<CorpusEntity> resolve(String articleId, String name, List<EntityType> preferred) {
        return lookup.resolve(articleId, name, preferred);
    }

    /** How names resolve in this registry, for {@link FactResolver}. */
    EntityLookup lookup() {
        return lookup;
    }

    /**
     * The entities a user's name may mean, most articles first: the gazetteer's entry for any of its
     * spellings; else entities with that name or alias (a full name prefers exact names); else, for
     * one word, people with that surname. More than one result means the name is ambiguous.
     */
    public List<CorpusEntity> find(String query) {
        String folded = NameKeys.fold(query);
        Optional<CorpusEntity> known = gazetteer.lookup(query)
                .map(g -> byKey.get(gazetteerKey(g)));
        if (known.isPresent()) {
            return List.of(known.get());
        }
        Set<CorpusEntity> named = new LinkedHashSet<>();
        Set<CorpusEntity> aliased = new LinkedHashSet<>();
        for (CorpusEntity e : entities) {
            if (NameKeys.fold(e.name()).equals(folded)) {
                named.add(e);
            } else if (e.aliases().stream().anyMatch(a -> NameKeys.fold(a).equals(folded))) {
                aliased.add(e);
            }
        }
        boolean oneWord = !folded.contains(" ");
        if (oneWord || named.isEmpty()) {
            named.addAll(aliased);
        }
        if (named.isEmpty() && oneWord) {
            entities.stream().filter(e -> e.type() == EntityType.PERSON)
                    .filter(e -> NameKeys.fold(e.name()).endsWith(" " + folded)).forEach(named::add);
        }
        return named.stream().sorted(MOST_ARTICLES_FIRST).toList();
    }
}
