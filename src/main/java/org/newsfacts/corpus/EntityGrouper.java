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
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;

/**
 * Decides which entities of different articles are one real-world thing, on strong evidence only: a
 * gazetteer entry (any of its spellings), or the same folded name in a compatible type. A one-word person
 * name never leaves its article ("Mann" may be anyone called Mann); a two-word name joins the one longer
 * form with the same first and last word ("Lena Sorensen" → "Lena Maria Sorensen") only when that form is unique.
 */
final class EntityGrouper {
    private static final String PERSON_KEY = "person:";

    /** One corpus entity, with the grouping keys merged into it and the articles naming it, in corpus order. */
    record Group(Set<String> keys, CorpusEntity entity, List<String> articles) {
    }

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
        Map<String, GroupBuilder> builders = new LinkedHashMap<>();
        for (Analysis analysis : analyses) {
            String article = analysis.article().id();
            for (Entity e : analysis.entities()) {
                String key = key(e.type(), e.name(), article);
                builders.computeIfAbsent(key, k -> new GroupBuilder(k, gazetteer.lookup(e.name())
                        .filter(g -> k.startsWith("gazetteer:")).orElse(null))).add(e, article, analysis.article().date());
                Map<String, List<String>> inArticle = names.computeIfAbsent(article, a -> new HashMap<>());
                inArticle.computeIfAbsent(NameKeys.fold(e.name()), n -> new ArrayList<>()).add(key);
            }
            // aliases resolve only where no entity of the article bears that name
            for (Entity e : analysis.entities()) {
                String key = key(e.type(), e.name(), article);
                for (String alias : e.aliases()) {
                    names.get(article).computeIfAbsent(NameKeys.fold(alias), n -> new ArrayList<>(List.of(key)));
                }
            }
        }
        unite(builders);
        Set<String> ids = new HashSet<>();
        return builders.values().stream().filter(b -> !b.absorbed).map(b -> b.build(ids)).toList();
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

        GroupBuilder(String key, GazetteerEntry known) {
            this.key = key;
            this.known = known;
            keys.add(key);
        }

        void add(Entity e, String article, String date) {
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

        Group build(Set<String> ids) {
            EntityType type = known != null ? known.type() : types.entrySet().stream()
                    .max(Map.Entry.<EntityType, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            String name = known != null ? known.canonical() : displayName(type);
            Set<String> seen = new LinkedHashSet<>(names.keySet());
            seen.addAll(aliases);
            seen.remove(name);
            String id = EntityResolver.entityId(type, name) + (key.startsWith("person@") ? "@" + articles.iterator().next() : "");
            String unique = id;
            for (int n = 2; !ids.add(unique); n++) {
                unique = id + "-" + n;
            }
            String wikidataId = known != null && known.wikidata() != null ? known.wikidata() : wikidata;
            CorpusEntity entity = new CorpusEntity(unique, type, name, List.copyOf(seen), wikidataId, mentions,
                    articles.size(), first, last);
            return new Group(Set.copyOf(keys), entity, List.copyOf(articles));
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
