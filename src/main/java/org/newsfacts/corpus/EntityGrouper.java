package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.StoredEntity;

/**
 * Decides which entities of different articles are one real-world thing, on strong evidence only: a
 * gazetteer entry (any of its spellings), or the same folded name in a compatible type. A one-word person
 * name never leaves its article ("Mann" may be anyone called Mann); a two-word name joins the one longer
 * form with the same first and last word ("Lena Sorensen" → "Lena Maria Sorensen") only when that form is unique.
 */
final class EntityGrouper {
    private static final String PERSON_KEY = "person:";

    /**
     * One corpus entity, with the grouping keys merged into it and the articles naming it, in corpus order.
     *
     * @param baseId     the id before a suffix made it unique ({@link #assignIds})
     * @param firstPath  the path of the article where the group's own key first occurs
     * @param firstIndex the position of that entity in its article: with {@code firstPath}, the order in which
     *                   groups claim ids
     */
    record Group(Set<String> keys, CorpusEntity entity, List<String> articles, String baseId, String firstPath,
                 int firstIndex, List<StoredEntity.Contribution> contributions) {
        Group withId(String id) {
            CorpusEntity e = entity;
            return new Group(keys, new CorpusEntity(id, e.type(), e.name(), e.aliases(), e.wikidata(), e.mentions(),
                    e.articles(), e.firstDate(), e.lastDate()), articles, baseId, firstPath, firstIndex, contributions);
        }
    }

    /** Where a group first occurs in corpus order (path, then position in the article): the order ids are claimed in. */
    static final Comparator<Group> CLAIM_ORDER = Comparator.comparing(Group::firstPath).thenComparingInt(Group::firstIndex);

    private final Gazetteer gazetteer;

    EntityGrouper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The key two entities must share to be one thing; a one-word person's key names its article. */
    String key(EntityType type, String name, String articleId) {
        Optional<GazetteerEntry> known = gazetteer.lookup(name).filter(g -> family(g.type()).equals(family(type)));
        if (known.isPresent()) {
            return "gazetteer:" + NameKeys.fold(known.get().canonical());
        }
        String folded = NameKeys.fold(name);
        if (type == EntityType.PERSON) {
            return NameKeys.words(name).size() < 2 ? "person@" + articleId + ":" + folded : PERSON_KEY + folded;
        }
        return family(type) + ":" + folded;
    }

    /** Agencies and other organisations are one family: generic NER tells them apart poorly. */
    static String family(EntityType type) {
        return type == EntityType.AGENCY || type == EntityType.ORGANIZATION ? "org" : type.name().toLowerCase(Locale.ROOT);
    }

    /** Groups the entities of all analyses; {@code names} receives, per article, folded name → group keys. */
    List<Group> group(List<Analysis> analyses, Map<String, Map<String, List<String>>> names) {
        for (Analysis analysis : analyses) {
            names.put(analysis.article().id(), names(analysis));
        }
        return assignIds(groupWithoutIds(analyses));
    }

    /**
     * The groups of these analyses (in corpus order) with their base ids, in claim order: what
     * {@link #group} computes before the ids are made unique. A group is exactly what the whole corpus gives
     * when {@code analyses} hold every article naming any key with the same {@link #signatures} as its own.
     */
    List<Group> groupWithoutIds(List<Analysis> analyses) {
        Map<String, GroupBuilder> builders = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            String article = analysis.article().id();
            List<Entity> entities = analysis.entities();
            for (int i = 0; i < entities.size(); i++) {
                Entity e = entities.get(i);
                String key = key(e.type(), e.name(), article);
                int index = i;
                builders.computeIfAbsent(key, k -> new GroupBuilder(k, gazetteer.lookup(e.name())
                        .filter(g -> k.startsWith("gazetteer:")).orElse(null), analysis.article().path(), index))
                        .add(e, article, analysis.article().path(), index, analysis.article().date());
            }
        }
        unite(builders);
        return builders.values().stream().filter(b -> !b.absorbed).map(GroupBuilder::build).toList();
    }

    /**
     * The group of one {@link #isSimple simple} key from what each article naming it gave, in corpus order:
     * exactly what {@link #groupWithoutIds} gives for that key from the articles themselves. Null when none does.
     */
    Group regroup(String key, List<StoredEntity.Contribution> inCorpusOrder) {
        GroupBuilder builder = null;
        for (StoredEntity.Contribution c : inCorpusOrder) {
            for (int i = 0; i < c.entities().size(); i++) {
                Entity e = c.entities().get(i);
                if (builder == null) {
                    builder = new GroupBuilder(key, gazetteer.lookup(e.name())
                            .filter(g -> key.startsWith("gazetteer:")).orElse(null), c.path(), c.index());
                }
                builder.add(e, c.article(), c.path(), c.index(), c.date());
            }
        }
        return builder == null ? null : builder.build();
    }

    /** Whether a key's group is its own alone, whatever other articles say: any but a multi-word person key. */
    static boolean isSimple(String key) {
        return !key.startsWith(PERSON_KEY);
    }

    /** What one article gives to the group of each simple key it names. */
    Map<String, StoredEntity.Contribution> contributions(Analysis analysis) {
        ArticleRecord a = analysis.article();
        Map<String, Integer> first = new HashMap<>();
        Map<String, List<Entity>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < analysis.entities().size(); i++) {
            Entity e = analysis.entities().get(i);
            String key = key(e.type(), e.name(), a.id());
            if (isSimple(key)) {
                first.putIfAbsent(key, i);
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, StoredEntity.Contribution> out = new LinkedHashMap<>();
        byKey.forEach((key, entities) -> out.put(key,
                new StoredEntity.Contribution(a.id(), a.path(), a.date(), first.get(key), entities)));
        return out;
    }

    /**
     * One article's names: folded name → the grouping keys of its entities bearing it; an alias only where no
     * entity of the article bears that name.
     */
    Map<String, List<String>> names(Analysis analysis) {
        String article = analysis.article().id();
        Map<String, List<String>> inArticle = new HashMap<>();
        for (Entity e : analysis.entities()) {
            inArticle.computeIfAbsent(NameKeys.fold(e.name()), n -> new ArrayList<>()).add(key(e.type(), e.name(), article));
        }
        for (Entity e : analysis.entities()) {
            String key = key(e.type(), e.name(), article);
            for (String alias : e.aliases()) {
                inArticle.computeIfAbsent(NameKeys.fold(alias), n -> new ArrayList<>(List.of(key)));
            }
        }
        return inArticle;
    }

    /** The grouping keys of one article's entities. */
    Set<String> keys(Analysis analysis) {
        Set<String> keys = new LinkedHashSet<>();
        analysis.entities().forEach(e -> keys.add(key(e.type(), e.name(), analysis.article().id())));
        return keys;
    }

    /**
     * Unique ids for groups in claim order: each takes its base id, or the first of base-2, base-3, ... that
     * no earlier group took. Groups interact only within one {@link #stem}.
     */
    static List<Group> assignIds(List<Group> inClaimOrder) {
        Set<String> ids = new HashSet<>();
        List<Group> out = new ArrayList<>(inClaimOrder.size());
        for (Group g : inClaimOrder) {
            String unique = g.baseId();
            for (int n = 2; !ids.add(unique); n++) {
                unique = g.baseId() + "-" + n;
            }
            out.add(unique.equals(g.entity().id()) ? g : g.withId(unique));
        }
        return out;
    }

    /** An id without any trailing "-N": ids that may take each other's place in {@link #assignIds} share it. */
    static String stem(String id) {
        return id.replaceAll("(-[0-9]+)+$", "");
    }

    /**
     * What decides whether person keys unite ("Lena Sorensen" into "Lena Maria Sorensen"): first and last
     * word. Keys with a common signature must be grouped together; others never affect each other.
     */
    static Set<String> signatures(Iterable<String> keys) {
        Set<String> out = new LinkedHashSet<>();
        for (String key : keys) {
            String[] words = personWords(key);
            if (words.length >= 2) {
                out.add(words[0] + " " + words[words.length - 1]);
            }
        }
        return out;
    }

    /** "Lena Sorensen" is "Lena Maria Sorensen" when no other longer name has that first and last word. */
    private static void unite(Map<String, GroupBuilder> builders) {
        Map<String, List<GroupBuilder>> longer = new HashMap<>();
        for (GroupBuilder b : builders.values()) {
            String[] words = personWords(b.key);
            if (words.length >= 3) {
                longer.computeIfAbsent(words[0] + " " + words[words.length - 1], k -> new ArrayList<>()).add(b);
            }
        }
        for (GroupBuilder b : builders.values()) {
            String[] words = personWords(b.key);
            List<GroupBuilder> candidates = words.length == 2 ? longer.get(words[0] + " " + words[1]) : null;
            if (candidates != null && candidates.size() == 1) {
                candidates.get(0).absorb(b);
            }
        }
    }

    private static String[] personWords(String key) {
        return key.startsWith(PERSON_KEY) ? key.substring(PERSON_KEY.length()).split(" ") : new String[0];
    }

    /** Everything seen of one group, until it is built into a {@link CorpusEntity}. */
    private static final class GroupBuilder {
        private final String key;
        private final GazetteerEntry known;
        private final Set<String> keys = new LinkedHashSet<>();
        private final Map<String, int[]> names = new LinkedHashMap<>(); // name → {articles, mentions}
        private final Set<String> aliases = new LinkedHashSet<>();
        private final Map<EntityType, Integer> types = new LinkedHashMap<>();
        private final Set<String> articles = new LinkedHashSet<>();
        private String wikidata;
        private int mentions;
        private String first;
        private String last;
        private boolean absorbed;

        private final String firstPath;
        private final int firstIndex;
        /** For a simple key, what each article gave, in the order given; null otherwise. */
        private final List<StoredEntity.Contribution> contributions;
        private String lastArticle;
        private List<Entity> lastEntities;
        private String lastPath;
        private int lastIndex;
        private String lastDate;

        GroupBuilder(String key, GazetteerEntry known, String firstPath, int firstIndex) {
            this.key = key;
            this.known = known;
            this.firstPath = firstPath;
            this.firstIndex = firstIndex;
            this.contributions = isSimple(key) ? new ArrayList<>() : null;
            keys.add(key);
        }

        void add(Entity e, String article, String path, int index, String date) {
            if (contributions != null) {
                if (!article.equals(lastArticle)) {
                    flush();
                    lastArticle = article;
                    lastEntities = new ArrayList<>();
                    lastPath = path;
                    lastIndex = index;
                    lastDate = date;
                }
                lastEntities.add(e);
            }
            int[] counts = names.computeIfAbsent(e.name(), n -> new int[2]);
            counts[0]++;
            counts[1] += e.mentions();
            aliases.addAll(e.aliases());
            types.merge(e.type(), 1, Integer::sum);
            articles.add(article);
            mentions += e.mentions();
            wikidata = wikidata == null ? e.wikidata() : wikidata;
            if (date != null) {
                first = first == null || date.compareTo(first) < 0 ? date : first;
                last = last == null || date.compareTo(last) > 0 ? date : last;
            }
        }

        void absorb(GroupBuilder other) {
            keys.addAll(other.keys);
            other.names.forEach((n, c) -> names.merge(n, c, (a, b) -> new int[] {a[0] + b[0], a[1] + b[1]}));
            aliases.addAll(other.aliases);
            other.types.forEach((t, n) -> types.merge(t, n, Integer::sum));
            articles.addAll(other.articles);
            mentions += other.mentions;
            wikidata = wikidata == null ? other.wikidata : wikidata;
            first = other.first == null || (first != null && first.compareTo(other.first) <= 0) ? first : other.first;
            last = other.last == null || (last != null && last.compareTo(other.last) >= 0) ? last : other.last;
            other.absorbed = true;
        }

        private void flush() {
            if (lastArticle != null) {
                contributions.add(new StoredEntity.Contribution(lastArticle, lastPath, lastDate, lastIndex, lastEntities));
                lastArticle = null;
            }
        }

        /** The group with its base id as id, until {@link #assignIds} makes it unique. */
        Group build() {
            if (contributions != null) {
                flush();
            }
            EntityType type = known != null ? known.type() : types.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            String name = known != null ? known.canonical() : displayName(type);
            Set<String> seen = new LinkedHashSet<>(names.keySet());
            seen.addAll(aliases);
            seen.remove(name);
            String id = EntityResolver.entityId(type, name) + (key.startsWith("person@") ? "@" + articles.iterator().next() : "");
            String wikidataId = known != null && known.wikidata() != null ? known.wikidata() : wikidata;
            CorpusEntity entity = new CorpusEntity(id, type, name, List.copyOf(seen), wikidataId, mentions,
                    articles.size(), first, last);
            return new Group(Set.copyOf(keys), entity, List.copyOf(articles), id, firstPath, firstIndex,
                    contributions == null ? null : List.copyOf(contributions));
        }

        /** A person's fullest form; otherwise the form most articles use; then accents kept, then alphabetical. */
        private String displayName(EntityType type) {
            Comparator<Map.Entry<String, int[]>> order = Comparator.comparingInt(
                    (Map.Entry<String, int[]> n) -> type == EntityType.PERSON ? NameKeys.words(n.getKey()).size() : 0)
                    .thenComparingInt(n -> n.getValue()[0])
                    .thenComparingInt(n -> n.getValue()[1])
                    .thenComparingInt(n -> NameKeys.accents(n.getKey()))
                    .thenComparing(Map.Entry::getKey, Comparator.reverseOrder());
            return names.entrySet().stream().max(order).orElseThrow().getKey();
        }
    }
}
