package org.newsfacts.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.entities.GazetteerQueryExpander;
import org.newsfacts.export.ExportFormat;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
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

    /** One article: its stored analysis, the text its offsets point into, and its entities' corpus entities when asked. */
    record ArticleData(Analysis analysis, String text, String url, Map<Entity, CorpusEntity> resolved) {
    }

    /** One entity and what the corpus layer says of it (lists left empty where the route does not ask). */
    record EntityData(CorpusEntity entity, List<ArticleRecord> articles, List<MergedFact> facts, List<MergedFact> timeline) {
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

    /**
     * The stored article; with {@code resolve}, also the corpus entity each of its entities means there
     * (the article page's links), looked up in the corpus layer.
     *
     * @throws NotFoundException when no article has this id
     */
    ArticleData article(String id, boolean resolve) {
        return read(snapshot -> {
            Analysis analysis = snapshot.store().byId(id).orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
            String text = snapshot.store().text(id).orElse("");
            String url = snapshot.store().url(id).orElse(null);
            Map<Entity, CorpusEntity> resolved = new HashMap<>();
            if (resolve) {
                Function<Entity, Optional<CorpusEntity>> resolver = snapshot.corpus().resolver(analysis);
                analysis.entities().stream().filter(e -> e.type() != EntityType.DATE).distinct()
                        .forEach(e -> resolver.apply(e).ifPresent(c -> resolved.put(e, c)));
            }
            return new ArticleData(analysis, text, url, resolved);
        });
    }

    /** The overview of the current commit: counts, facts per month, top entities (one pass, kept per commit). */
    Views.Overview overview() {
        return read(snapshot -> {
            long articles = snapshot.searcher().count();
            return snapshot.overview(() -> OverviewPages.of(snapshot.corpus(), articles));
        });
    }

    /** As {@code newsfacts entities}: dates only when asked for, optionally by name prefix. */
    List<CorpusEntity> entities(EntityType type, String prefix, int limit) {
        return read(snapshot -> {
            try (Stream<CorpusEntity> listed = snapshot.corpus().entities(type, prefix)) {
                return listed.limit(limit).toList();
            }
        });
    }

    /** As {@code entities ID --json}: the entity, its articles and the merged facts naming it, and its own timeline. */
    EntityData entity(String id) {
        return read(snapshot -> {
            CorpusView corpus = snapshot.corpus();
            CorpusEntity entity = corpus.byId(id).orElseThrow(() -> new NotFoundException("no entity with id '" + id + "'"));
            return new EntityData(entity, corpus.articlesOf(id), corpus.factsAbout(id), corpus.timeline(id));
        });
    }

    /** The entities a name may mean (an id, any spelling, a surname): none, one, or the ambiguous candidates. */
    List<CorpusEntity> entitiesNamed(String name) {
        return read(snapshot -> named(snapshot.corpus(), name));
    }

    /**
     * As {@code timeline NAME --json}: the one entity a name means and its timeline, of one fact type or all.
     *
     * @throws NotFoundException when no entity has that name
     * @throws UsageException    when several have
     */
    EntityData timeline(String name, FactType type) {
        return read(snapshot -> {
            CorpusView corpus = snapshot.corpus();
            CorpusEntity entity = ApiRoutes.one(named(corpus, name), name);
            List<MergedFact> facts = corpus.timeline(entity.id()).stream().filter(f -> type == null || f.type() == type).toList();
            return new EntityData(entity, List.of(), List.of(), facts);
        });
    }

    private static List<CorpusEntity> named(CorpusView corpus, String name) throws IOException {
        Optional<CorpusEntity> byId = corpus.byId(name);
        return byId.isPresent() ? List.of(byId.get()) : corpus.find(name);
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

    /** As {@code newsfacts facts --merged}: one fact per event, of the filter's type, entity and dates, at most {@code limit}. */
    List<MergedFact> mergedFacts(FactFilter filter, int limit) {
        return read(snapshot -> {
            try (Stream<MergedFact> facts = merged(snapshot.corpus(), filter)) {
                return facts.limit(limit).toList();
            }
        });
    }

    /** Streamed from the layer in listing order, or, for an entity, the facts naming any entity the name may mean. */
    private static Stream<MergedFact> merged(CorpusView corpus, FactFilter filter) throws IOException {
        Stream<MergedFact> facts = filter.entity() == null ? corpus.mergedFacts(filter.type())
                : corpus.find(filter.entity()).stream().flatMap(e -> about(corpus, e).stream()).distinct()
                        .filter(f -> filter.type() == null || f.type() == filter.type());
        return facts.filter(f -> filter.dated(f.date()));
    }

    private static List<MergedFact> about(CorpusView corpus, CorpusEntity entity) {
        try {
            return corpus.factsAbout(entity.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
                case "merged-facts" -> {
                    try (Stream<MergedFact> facts = merged(snapshot.corpus(), filter)) {
                        format.mergedFacts().write(facts, out);
                    }
                }
                case "entities" -> {
                    try (Stream<CorpusEntity> all = snapshot.corpus().allEntities()) {
                        format.entities().write(all.map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(), e.wikidata(),
                                e.mentions())), out);
                    }
                }
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
