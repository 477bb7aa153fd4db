package org.newsfacts.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsfacts.corpus.Corpus;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.entities.GazetteerQueryExpander;
import org.newsfacts.export.ExportFormat;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.FactFilter;
import org.newsfacts.search.FacetCount;
import org.newsfacts.search.FacetCounts;
import org.newsfacts.search.SearchHit;
import org.newsfacts.search.SearchRequest;
import org.newsfacts.search.SearchResults;

/**
 * What the routes ask of the index, each answer from the same services as the matching CLI command
 * (search, corpus, export), within the request budget and on the current commit.
 */
final class Services {
    /** What one search answers: a page of hits and, when asked, facet counts over all of them. */
    record Found(SearchResults results, FacetCounts facets) {
    }

    /** One article: its stored analysis and the text its offsets point into. */
    record ArticleData(Analysis analysis, String text, String url, Corpus corpus) {
    }

    private final IndexView view;
    private final WebConfig config;
    private final RequestBudget budget;
    private final Gazetteer gazetteer = Gazetteer.bundled();

    Services(IndexView view, WebConfig config, RequestBudget budget) {
        this.view = view;
        this.config = config;
        this.budget = budget;
    }

    WebConfig config() {
        return config;
    }

    /** As {@code newsfacts search}: gazetteer spellings expanded; {@code offset} pages through the ranking. */
    Found search(String query, String from, String to, String entity, String factType, int offset, int limit, int facets) {
        String text = new GazetteerQueryExpander(gazetteer).expand(query == null ? "" : query);
        String entityName = entity == null ? null : gazetteer.lookup(entity).map(GazetteerEntry::canonical).orElse(entity);
        SearchRequest request = new SearchRequest(text, offset + limit, from, to, entityName, factType);
        return read(snapshot -> {
            SearchResults all = snapshot.searcher().search(request);
            List<SearchHit> page = all.hits().stream().skip(offset).toList();
            FacetCounts counts = facets > 0 ? snapshot.searcher().facets(request, facets) : null;
            return new Found(new SearchResults(all.total(), page), counts);
        });
    }

    /** @throws NotFoundException when no article has this id */
    ArticleData article(String id) {
        return read(snapshot -> {
            Analysis analysis = snapshot.store().byId(id).orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
            String text = snapshot.store().text(id).orElse("");
            String url = snapshot.store().url(id).orElse(null);
            return new ArticleData(analysis, text, url, snapshot.corpus());
        });
    }

    /** The overview of the current commit: counts, facts per month, top entities. */
    Views.Overview overview() {
        return read(snapshot -> OverviewPages.of(snapshot.corpus(), snapshot.searcher().count()));
    }

    /** The corpus view of the current commit (entities, merged facts). */
    Corpus corpus() {
        return read(IndexSnapshot::corpus);
    }

    /** As {@code newsfacts entities}: dates only when asked for, optionally by name prefix. */
    List<CorpusEntity> entities(EntityType type, String prefix, int limit) {
        String lower = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
        return corpus().registry().entities().stream()
                .filter(e -> type == null ? e.type() != EntityType.DATE : e.type() == type)
                .filter(e -> lower == null || e.name().toLowerCase(Locale.ROOT).startsWith(lower))
                .limit(limit).toList();
    }

    /** @throws NotFoundException when no entity has this id */
    CorpusEntity entity(Corpus corpus, String id) {
        return corpus.registry().byId(id).orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
    }

    /** The entities a name may mean (any spelling, a surname): none, one, or the ambiguous candidates. */
    List<CorpusEntity> entitiesNamed(Corpus corpus, String name) {
        return corpus.registry().byId(name).map(List::of).orElseGet(() -> corpus.registry().find(name));
    }

    /** The entities most often named in the same articles as this one (search facets, itself left out). */
    List<FacetCount> cooccurring(CorpusEntity entity, int top) {
        SearchRequest request = new SearchRequest("", 0, null, null, entity.name(), null);
        return read(snapshot -> snapshot.searcher().facets(request, top + 1).entities().values().stream()
                .flatMap(List::stream)
                .filter(c -> !c.value().equals(entity.name()))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .limit(top).toList());
    }

    /** As {@code newsfacts facts}: per-article facts passing the filter, in path order, at most {@code limit}. */
    List<Fact> facts(FactFilter filter, int limit) {
        Predicate<Fact> wanted = filter.predicate();
        return read(snapshot -> {
            try (Stream<Analysis> all = snapshot.store().all()) {
                return all.flatMap(a -> a.facts().stream()).filter(wanted).limit(limit).toList();
            }
        });
    }

    /** As {@code newsfacts facts --merged}: one fact per event, of the filter's type, entity and dates. */
    List<MergedFact> mergedFacts(FactFilter filter) {
        return read(snapshot -> merged(snapshot.corpus(), filter));
    }

    private static List<MergedFact> merged(Corpus corpus, FactFilter filter) {
        List<MergedFact> facts = filter.entity() == null ? corpus.mergedFacts()
                : corpus.registry().find(filter.entity()).stream().flatMap(e -> corpus.factsAbout(e.id()).stream()).distinct().toList();
        return facts.stream().filter(f -> filter.type() == null || f.type() == filter.type())
                .filter(f -> filter.dated(f.date())).toList();
    }

    /**
     * As {@code newsfacts export}, streamed: facts or merged facts (filtered like the facts page), entities
     * or articles, through the export writers.
     */
    void export(String what, ExportFormat format, FactFilter filter, OutputStream out) {
        read(snapshot -> {
            switch (what) {
                case "facts" -> {
                    Predicate<Fact> wanted = filter.predicate();
                    try (Stream<Analysis> all = snapshot.store().all()) {
                        format.facts().write(all.flatMap(a -> a.facts().stream()).filter(wanted), out);
                    }
                }
                case "merged-facts" -> format.mergedFacts().write(merged(snapshot.corpus(), filter).stream(), out);
                case "entities" -> format.entities().write(snapshot.corpus().registry().entities().stream()
                        .map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.wikidata(), e.mentions())), out);
                case "articles" -> {
                    try (Stream<Analysis> all = snapshot.store().all()) {
                        format.articles().write(all.map(Analysis::article), out);
                    }
                }
                default -> throw new UsageException("what must be facts, merged-facts, entities or articles, got '" + what + "'");
            }
            return null;
        });
    }

    /** A function over a snapshot that may throw I/O errors. */
    @FunctionalInterface
    interface SnapshotWork<T> {
        T apply(IndexSnapshot snapshot) throws IOException;
    }

    /** Runs work on the current commit within the budget, holding the snapshot until it is done. */
    private <T> T read(SnapshotWork<T> work) {
        Callable<T> task = () -> {
            try (IndexSnapshot snapshot = view.acquire()) {
                return work.apply(snapshot);
            }
        };
        return budget.run(task);
    }
}
