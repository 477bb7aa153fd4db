package org.newsfacts.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Newest;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;
import org.newsfacts.search.CorpusLayerStore;
import org.newsfacts.search.MergedFactHead;

/**
 * The corpus answered from the corpus layer stored in the index: every question is a few term lookups or
 * a listing streamed in index order, so its cost follows the size of the answer, not of the corpus. Gives
 * exactly what {@link Corpus} computes from the same articles (the layer was computed by it).
 */
public final class StoredCorpus implements CorpusView {
    /** {@link Corpus#CHRONOLOGY} on what the layer reads of a fact before the fact itself. */
    private static final Comparator<MergedFactHead> HEAD_CHRONOLOGY = Corpus.chronology(MergedFactHead::date,
            MergedFactHead::sources, MergedFactHead::type, MergedFactHead::id);

    private final CorpusLayerStore store;
    private final Supplier<Gazetteer> gazetteer;
    private Gazetteer loaded;
    private EntityGrouper grouper;

    /**
     * @param gazetteer read only when a name is looked up ({@link #find}): a listing or an export never
     *                  needs it, and parsing it is a noticeable part of a cold command
     */
    StoredCorpus(CorpusLayerStore store, Supplier<Gazetteer> gazetteer) {
        this.store = store;
        this.gazetteer = gazetteer;
    }

    private synchronized Gazetteer gazetteer() {
        if (loaded == null) {
            loaded = gazetteer.get();
        }
        return loaded;
    }

    private synchronized EntityGrouper grouper() {
        if (grouper == null) {
            grouper = new EntityGrouper(gazetteer());
        }
        return grouper;
    }

    @Override
    public Stream<CorpusEntity> entities(EntityType type, String prefix) {
        return store.entitySummaries(type, prefix == null ? null : prefix.toLowerCase(Locale.ROOT));
    }

    @Override
    public Stream<CorpusEntity> allEntities() {
        return store.allEntitySummaries();
    }

    @Override
    public Optional<CorpusEntity> byId(String id) {
        try {
            return store.entitySummaryById(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lookups {@link EntityRegistry#find} makes by scanning, here as term queries on the same folded forms. */
    @Override
    public List<CorpusEntity> find(String query) throws IOException {
        String folded = NameKeys.fold(query);
        Optional<GazetteerEntry> entry = gazetteer().lookup(query);
        Optional<CorpusEntity> known = entry.isEmpty() ? Optional.empty()
                : store.entitySummaryByKey(EntityRegistry.gazetteerKey(entry.get()));
        if (known.isPresent()) {
            return List.of(known.get());
        }
        Set<CorpusEntity> named = new LinkedHashSet<>(store.entitySummariesNamed(folded));
        boolean oneWord = !folded.contains(" ");
        if (oneWord || named.isEmpty()) {
            named.addAll(store.entitySummariesAliased(folded));
        }
        if (named.isEmpty() && oneWord) {
            named.addAll(store.peopleSummariesWithSurname(folded));
        }
        return named.stream().sorted(EntityRegistry.MOST_ARTICLES_FIRST).toList();
    }

    @Override
    public List<ArticleRecord> articlesOf(String entityId) throws IOException {
        return store.articlesOf(entityId);
    }

    @Override
    public List<MergedFact> factsAbout(String entityId) throws IOException {
        return store.factsOnlyNaming(entityId).stream().sorted(Corpus.CHRONOLOGY).toList();
    }

    /** Only the articles shown are built: the rest of the stored list is counted, not parsed. */
    @Override
    public Newest<ArticleRecord> newestArticlesOf(String entityId, int n) throws IOException {
        return store.newestArticlesOf(entityId, n);
    }

    /** The facts are ordered by what places them in time, read alone; only the newest {@code n} are parsed. */
    @Override
    public Newest<MergedFact> newestFactsAbout(String entityId, int n) throws IOException {
        List<MergedFactHead> heads = store.factHeadsNaming(entityId).stream().sorted(HEAD_CHRONOLOGY).toList();
        Newest<MergedFactHead> shown = Newest.of(heads, n, h -> FactDates.knownYear(h.date()));
        return new Newest<>(store.factsOnly(shown.items()), shown.earlier(), shown.later());
    }

    @Override
    public List<MergedFact> timeline(String entityId) throws IOException {
        return store.factsOnlyWithPrincipal(entityId).stream().sorted(Corpus.CHRONOLOGY).toList();
    }

    @Override
    public Stream<MergedFact> mergedFacts(FactType type) {
        return store.mergedFactsOnly(type);
    }

    @Override
    public Stream<byte[]> mergedFactsJson(FactType type) {
        return store.mergedFactsOnlyJson(type);
    }

    /** The same {@link EntityLookup} as the registry's, its grouping keys looked up in the layer one by one. */
    @Override
    public Function<Entity, Optional<CorpusEntity>> resolver(Analysis analysis) {
        EntityGrouper grouper = grouper();
        Map<String, List<String>> names = grouper.names(analysis);
        EntityLookup lookup = new EntityLookup(grouper, id -> id.equals(analysis.article().id()) ? names : null, key -> {
            try {
                return store.entitySummaryByKey(key).orElse(null); // the entity alone, not its article list
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return e -> lookup.resolve(analysis.article().id(), e.name(), List.of(e.type()));
    }

    /** Every stored entity record, as the layer holds it (for comparing with a full computation). */
    List<StoredEntity> storedEntities() {
        try (Stream<StoredEntity> all = store.allEntities()) {
            return all.toList();
        }
    }

    /** Every stored merged-fact record, as the layer holds it. */
    List<StoredMergedFact> storedFacts() {
        try (Stream<StoredMergedFact> all = store.mergedFacts(null)) {
            return all.toList();
        }
    }

    @Override
    public void close() throws IOException {
        store.close();
    }
}
