package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.index.CorpusFields;
import org.newsfacts.index.LiveHits;
import org.newsfacts.json.Json;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Reads the corpus layer stored in the index (entity and merged-fact documents): term lookups by id, key,
 * folded name, alias, surname or entity, and listings streamed in their order from doc values, a page at a
 * time, so memory stays flat in the number of records. Read-only, like {@link AnalysisStore}; it sees the
 * last commit, whose user data says whether the layer matches its articles ({@link #fresh}).
 */
public final class CorpusLayerStore implements Closeable {
    private static final int PAGE = 2048;
    private static final Set<String> RECORD_ONLY = Set.of(CorpusFields.RECORD);
    private static final Sort ENTITY_ORDER = new Sort(
            new SortField(CorpusFields.ENTITY_ARTICLES, SortField.Type.INT, true),
            new SortField(CorpusFields.ENTITY_MENTIONS, SortField.Type.INT, true),
            new SortField(CorpusFields.ENTITY_NAME, SortField.Type.STRING),
            new SortField(CorpusFields.ENTITY_ID, SortField.Type.STRING));
    private static final Sort FACT_ORDER = new Sort(new SortField(CorpusFields.FACT_ORDER, SortField.Type.STRING));

    private final IndexSnapshot snapshot;
    private final IndexSearcher searcher;
    private final StoredFields stored;

    private CorpusLayerStore(IndexSnapshot snapshot) throws IOException {
        this.snapshot = snapshot;
        this.searcher = new IndexSearcher(snapshot.reader);
        this.searcher.setQueryCache(null); // one-shot lookups: caching costs more than it saves
        this.stored = snapshot.reader.storedFields();
    }

    /** @throws IndexMissingException when the folder is missing or holds no index */
    public static CorpusLayerStore open(Path directory) throws IOException {
        IndexSnapshot snapshot = IndexSnapshot.open(directory);
        try {
            return new CorpusLayerStore(snapshot);
        } catch (IOException | RuntimeException e) {
            snapshot.close();
            throw e;
        }
    }

    /** Whether the commit holds a corpus layer computed from exactly its articles. */
    public boolean fresh() throws IOException {
        return CorpusFields.FRESH.equals(snapshot.reader.getIndexCommit().getUserData().get(CorpusFields.COMMIT_STATE));
    }

    public Optional<StoredEntity> entityById(String id) throws IOException {
        return entities(CorpusFields.ENTITY_ID, id).stream().findFirst();
    }

    /** The entity a grouping key was merged into. */
    public Optional<StoredEntity> entityByKey(String key) throws IOException {
        return entities(CorpusFields.ENTITY_KEY, key).stream().findFirst();
    }

    /** Entities whose folded canonical name is {@code folded}. */
    public List<StoredEntity> entitiesNamed(String folded) throws IOException {
        return entities(CorpusFields.ENTITY_FOLDED, folded);
    }

    /** Entities with an alias that folds to {@code folded}. */
    public List<StoredEntity> entitiesAliased(String folded) throws IOException {
        return entities(CorpusFields.ENTITY_ALIAS, folded);
    }

    /** People of two or more words whose last folded word is {@code surname}. */
    public List<StoredEntity> peopleWithSurname(String surname) throws IOException {
        return entities(CorpusFields.ENTITY_SURNAME, surname);
    }

    /**
     * Entities in listing order (most articles, then mentions, name, id): of {@code type}, or of any type
     * but DATE when it is null; whose lowercased name starts with {@code lowerPrefix} when given.
     */
    public Stream<StoredEntity> entities(EntityType type, String lowerPrefix) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(kind(CorpusFields.KIND_ENTITY), BooleanClause.Occur.FILTER);
        if (type != null) {
            query.add(new TermQuery(new Term(CorpusFields.ENTITY_TYPE, type.name())), BooleanClause.Occur.FILTER);
        } else {
            query.add(new TermQuery(new Term(CorpusFields.ENTITY_TYPE, EntityType.DATE.name())), BooleanClause.Occur.MUST_NOT);
        }
        if (lowerPrefix != null) {
            query.add(new PrefixQuery(new Term(CorpusFields.ENTITY_LOWER, lowerPrefix)), BooleanClause.Occur.FILTER);
        }
        return sorted(query.build(), ENTITY_ORDER, bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    /** Every entity, dates included, in listing order. */
    public Stream<StoredEntity> allEntities() {
        return sorted(kind(CorpusFields.KIND_ENTITY), ENTITY_ORDER, bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    /** Merged facts in listing order (type, then oldest first, undated last, then id), of one type or all. */
    public Stream<StoredMergedFact> mergedFacts(FactType type) {
        Query query = type == null ? kind(CorpusFields.KIND_FACT) : new BooleanQuery.Builder()
                .add(kind(CorpusFields.KIND_FACT), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(CorpusFields.FACT_TYPE, type.name())), BooleanClause.Occur.FILTER).build();
        return sorted(query, FACT_ORDER, bytes -> Json.readBytes(bytes, StoredMergedFact.class));
    }

    /** Merged facts with the entity in their own slots (its timeline). */
    public List<StoredMergedFact> factsWithPrincipal(String entityId) throws IOException {
        return facts(CorpusFields.FACT_PRINCIPAL, entityId);
    }

    /** Merged facts naming the entity in any slot, crewmates included. */
    public List<StoredMergedFact> factsNaming(String entityId) throws IOException {
        return facts(CorpusFields.FACT_ENTITY, entityId);
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
    }

    private List<StoredEntity> entities(String field, String value) throws IOException {
        return all(new TermQuery(new Term(field, value)), bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    private List<StoredMergedFact> facts(String field, String value) throws IOException {
        return all(new TermQuery(new Term(field, value)), bytes -> Json.readBytes(bytes, StoredMergedFact.class));
    }

    /** Every live hit, in document order: a plain walk of the postings, no scoring, no priority queue. */
    private <T> List<T> all(Query query, Function<byte[], T> parse) throws IOException {
        List<T> out = new ArrayList<>();
        LiveHits.forEach(searcher, query, doc -> out.add(parse.apply(record(doc))));
        return out;
    }

    private byte[] record(int doc) throws IOException {
        BytesRef json = stored.document(doc, RECORD_ONLY).getBinaryValue(CorpusFields.RECORD);
        return BytesRef.deepCopyOf(json).bytes;
    }

    private static Query kind(String kind) {
        return new TermQuery(new Term(CorpusFields.KIND, kind));
    }

    /** The hits of {@code query} in {@code sort} order, read a page at a time as the stream advances. */
    private <T> Stream<T> sorted(Query query, Sort sort, Function<byte[], T> parse) {
        Iterator<T> pages = new Iterator<>() {
            private ScoreDoc[] page = new ScoreDoc[0];
            private int next;
            private FieldDoc after;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next < page.length) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    TopFieldDocs top = searcher.searchAfter(after, query, PAGE, sort, false);
                    page = top.scoreDocs;
                    next = 0;
                    done = page.length < PAGE;
                    after = page.length == 0 ? after : (FieldDoc) page[page.length - 1];
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return page.length > 0;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    return parse.apply(record(page[next++].doc));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }
}
