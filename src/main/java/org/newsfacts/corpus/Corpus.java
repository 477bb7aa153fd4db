package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * What the whole corpus knows: its articles, one entity per real-world thing, and one merged fact per
 * event. A pure function of the analyses it is built from; {@link CorpusReader} builds it from an index.
 */
public final class Corpus implements CorpusView {
    /** By date (oldest first, unknown years after, undated last), then the best supported first. */
    static final Comparator<MergedFact> CHRONOLOGY = chronology(MergedFact::date, f -> f.sources().size(),
            MergedFact::type, MergedFact::id);

    /**
     * The order of {@link #CHRONOLOGY} over anything that knows a fact's date, number of sources, type and id:
     * oldest first, unknown years after, undated last, then most sources first, then type, then id.
     */
    static <T> Comparator<T> chronology(Function<T, String> date, ToIntFunction<T> sources, Function<T, FactType> type,
                                        Function<T, String> id) {
        return Comparator.comparing(date, FactDates.CHRONOLOGICAL)
                .thenComparing(Comparator.comparingInt(sources).reversed())
                .thenComparing(type)
                .thenComparing(id);
    }

    private final Map<String, ArticleRecord> articles = new LinkedHashMap<>();
    private final EntityRegistry registry;
    private final List<MergedFact> facts = new ArrayList<>();
    private final List<StoredMergedFact> stored = new ArrayList<>();
    private final Map<String, List<MergedFact>> factsByEntity = new HashMap<>();
    private final Map<String, List<MergedFact>> factsByPrincipal = new HashMap<>();

    private Corpus(List<Analysis> analyses, Gazetteer gazetteer) {
        analyses.forEach(a -> articles.put(a.article().id(), a.article()));
        this.registry = EntityRegistry.of(analyses, gazetteer);
        for (StoredMergedFact built : new CorpusFactMerger(registry.lookup()).merge(analyses)) {
            facts.add(built.fact());
            stored.add(built);
            built.entities().forEach(e -> factsByEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(built.fact()));
            built.principals().forEach(e -> factsByPrincipal.computeIfAbsent(e, k -> new ArrayList<>()).add(built.fact()));
        }
    }

    /** The corpus of these analyses, in corpus order (path order, as the index gives them). */
    public static Corpus of(List<Analysis> analyses, Gazetteer gazetteer) {
        return new Corpus(analyses, gazetteer);
    }

    public EntityRegistry registry() {
        return registry;
    }

    /** Every merged fact: by type, then oldest first, undated last. */
    public List<MergedFact> mergedFacts() {
        return List.copyOf(facts);
    }

    public Optional<ArticleRecord> article(String id) {
        return Optional.ofNullable(articles.get(id));
    }

    /** The articles naming an entity, oldest first (undated last). */
    @Override
    public List<ArticleRecord> articlesOf(String entityId) {
        return LayerRecords.oldestFirst(registry.articles(entityId), articles::get);
    }

    /** The merged facts an entity takes part in, in any slot (a crewmate's too), oldest first. */
    @Override
    public List<MergedFact> factsAbout(String entityId) {
        return factsByEntity.getOrDefault(entityId, List.of()).stream().sorted(CHRONOLOGY).toList();
    }

    /**
     * The merged facts about an entity as a chronology: oldest first, facts without a known year after,
     * undated last. A person's timeline holds their own flights, not every flight naming them as crewmate.
     */
    @Override
    public List<MergedFact> timeline(String entityId) {
        return factsByPrincipal.getOrDefault(entityId, List.of()).stream().sorted(CHRONOLOGY).toList();
    }

    @Override
    public Stream<CorpusEntity> entities(EntityType type, String prefix) {
        String lowerPrefix = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
        return registry.entities().stream()
                .filter(e -> type == null ? e.type() != EntityType.DATE : e.type() == type)
                .filter(e -> lowerPrefix == null || e.name().toLowerCase(Locale.ROOT).startsWith(lowerPrefix));
    }

    @Override
    public Stream<CorpusEntity> allEntities() {
        return registry.entities().stream();
    }

    @Override
    public Optional<CorpusEntity> byId(String id) {
        return registry.byId(id);
    }

    @Override
    public List<CorpusEntity> find(String name) {
        return registry.find(name);
    }

    @Override
    public Stream<MergedFact> mergedFacts(FactType type) {
        return facts.stream().filter(f -> type == null || f.type() == type);
    }

    @Override
    public Function<Entity, Optional<CorpusEntity>> resolver(Analysis analysis) {
        return e -> registry.resolve(analysis.article().id(), e.name(), List.of(e.type()));
    }

    /** The corpus layer the index stores: every entity with its articles and lookup forms, every merged fact. */
    CorpusLayerBuilder.Records records() {
        List<StoredEntity> entities = registry.entities().stream()
                .map(e -> LayerRecords.entity(registry.group(e.id()), articles::get)).toList();
        return new CorpusLayerBuilder.Records(entities, List.copyOf(stored));
    }
}
