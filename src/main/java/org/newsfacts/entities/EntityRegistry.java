package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;

/**
 * The corpus-wide view of entities: one entry per type and canonical name over all articles fed to it.
 * Only the same canonical name merges (a gazetteer alias already resolved to it), so two people sharing
 * a surname stay two entries. Holds counts and names, not articles.
 */
public final class EntityRegistry {

    /** One real-world thing across the corpus. */
    public record Entry(Entity entity, int articles, String firstDate, String lastDate) {
    }

    private final Map<String, Builder> entries = new LinkedHashMap<>();

    public void add(Analysis analysis) {
        String date = analysis.article().date();
        for (Entity e : analysis.entities()) {
            entries.computeIfAbsent(e.type() + "\t" + e.name(), k -> new Builder(e)).add(e, date);
        }
    }

    /** Entries with the most articles first, then most mentions, then by name. */
    public List<Entry> entries() {
        return entries.values().stream().map(Builder::build)
                .sorted(Comparator.comparingInt(Entry::articles).reversed()
                        .thenComparing(Comparator.comparingInt((Entry x) -> x.entity().mentions()).reversed())
                        .thenComparing(x -> x.entity().name()))
                .toList();
    }

    private static final class Builder {
        private final EntityType type;
        private final String name;
        private final String id;
        private String wikidata;
        private final Set<String> aliases = new LinkedHashSet<>();
        private int mentions;
        private int articles;
        private String first;
        private String last;

        Builder(Entity seed) {
            this.type = seed.type();
            this.name = seed.name();
            this.id = seed.id();
        }

        void add(Entity e, String date) {
            articles++;
            mentions += e.mentions();
            aliases.addAll(e.aliases());
            if (wikidata == null) {
                wikidata = e.wikidata();
            }
            if (date != null) {
                first = first == null || date.compareTo(first) < 0 ? date : first;
                last = last == null || date.compareTo(last) > 0 ? date : last;
            }
        }

        Entry build() {
            return new Entry(new Entity(id, type, name, new ArrayList<>(aliases), wikidata, mentions), articles, first, last);
        }
    }
}
