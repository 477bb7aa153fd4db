package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
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
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
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
import org.apache.lucene.util.BytesRef;
import org.newsfacts.index.CorpusFields;
import org.newsfacts.index.LiveHits;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Newest;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Reads the corpus layer stored in the index (entity and merged-fact documents): term lookups by id, key,
 * folded name, alias, surname or entity, and listings streamed in their order from doc values, a page at a
 * time, so memory stays flat in the number of records. Read-only, like {@link AnalysisStore}; it sees the
 * last commit, whose user data says whether the layer matches its articles ({@link #fresh}).
 */
public final class CorpusLayerStore implements Closeable {
    /**
     * Listing pages grow from {@link #FIRST_PAGE} to {@link #PAGE} hits: a listing of the first twenty keeps a
     * queue of a few dozen, whose bottom soon rejects almost every other record on its first sort key, while
     * an export reads the whole listing in large pages.
     */
    private static final int FIRST_PAGE = 64;
    private static final int PAGE = 2048;
    private static final Set<String> RECORD_ONLY = Set.of(CorpusFields.RECORD);
    private static final Sort ENTITY_ORDER = new Sort(
            new SortField(CorpusFields.ENTITY_ARTICLES, SortField.Type.INT, true),
            new SortField(CorpusFields.ENTITY_MENTIONS, SortField.Type.INT, true),
            new SortField(CorpusFields.ENTITY_NAME, SortField.Type.STRING),
            new SortField(CorpusFields.ENTITY_ID, SortField.Type.STRING));
    private static final Sort FACT_ORDER = new Sort(new SortField(CorpusFields.FACT_ORDER, SortField.Type.STRING));
    /*
     * The records are written with their answer first (StoredEntity: entity, then articles, then what an
     * incremental update needs; StoredMergedFact: fact, then its resolved sources), so the reads below parse
     * up to the field they answer with and stop: a hub entity's record holds every article naming it and
     * what each gave, many times what a listing or a lookup shows.
     */
    private static final ObjectReader ENTITY = Json.reader(CorpusEntity.class);
    private static final ObjectReader FACT = Json.reader(MergedFact.class);

    /** An entity's article list, read by {@code entities NAME} only: built on first use (a reader fetches its deserializer when made). */
    private static final class Articles {
        static final JavaType LIST = Json.mapper().getTypeFactory().constructCollectionType(List.class, ArticleRecord.class);
        static final ObjectReader READER = Json.mapper().readerFor(LIST);
        static final ObjectReader ONE = Json.reader(ArticleRecord.class);
    }

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
        return sorted(entityQuery(type, lowerPrefix), ENTITY_ORDER, bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    private static Query entityQuery(EntityType type, String lowerPrefix) {
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
        return query.build();
    }

    /** Every entity, dates included, in listing order. */
    public Stream<StoredEntity> allEntities() {
        return sorted(kind(CorpusFields.KIND_ENTITY), ENTITY_ORDER, bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    /** Merged facts in listing order (type, then oldest first, undated last, then id), of one type or all. */
    public Stream<StoredMergedFact> mergedFacts(FactType type) {
        return sorted(factQuery(type), FACT_ORDER, bytes -> Json.readBytes(bytes, StoredMergedFact.class));
    }

    private static Query factQuery(FactType type) {
        return type == null ? kind(CorpusFields.KIND_FACT) : new BooleanQuery.Builder()
                .add(kind(CorpusFields.KIND_FACT), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(CorpusFields.FACT_TYPE, type.name())), BooleanClause.Occur.FILTER).build();
    }

    /** Merged facts with the entity in their own slots (its timeline). */
    public List<StoredMergedFact> factsWithPrincipal(String entityId) throws IOException {
        return facts(CorpusFields.FACT_PRINCIPAL, entityId);
    }

    /** Merged facts naming the entity in any slot, crewmates included. */
    public List<StoredMergedFact> factsNaming(String entityId) throws IOException {
        return facts(CorpusFields.FACT_ENTITY, entityId);
    }

    /** The entity of an id, without its articles or maintenance data. */
    public Optional<CorpusEntity> entitySummaryById(String id) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.ENTITY_ID, id)), ENTITY_SUMMARY).stream().findFirst();
    }

    /** {@link #entityByKey}, the entity only. */
    public Optional<CorpusEntity> entitySummaryByKey(String key) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.ENTITY_KEY, key)), ENTITY_SUMMARY).stream().findFirst();
    }

    /** {@link #entitiesNamed}, the entities only. */
    public List<CorpusEntity> entitySummariesNamed(String folded) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.ENTITY_FOLDED, folded)), ENTITY_SUMMARY);
    }

    /** {@link #entitiesAliased}, the entities only. */
    public List<CorpusEntity> entitySummariesAliased(String folded) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.ENTITY_ALIAS, folded)), ENTITY_SUMMARY);
    }

    /** {@link #peopleWithSurname}, the entities only. */
    public List<CorpusEntity> peopleSummariesWithSurname(String surname) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.ENTITY_SURNAME, surname)), ENTITY_SUMMARY);
    }

    /** The articles naming an entity (oldest first, undated last), empty when there is no such entity. */
    public List<ArticleRecord> articlesOf(String entityId) throws IOException {
        return all(new TermQuery(new Term(CorpusFields.ENTITY_ID, entityId)),
                bytes -> PartialJson.<List<ArticleRecord>>field(bytes, "articles", Articles.READER))
                .stream().findFirst().orElse(List.of());
    }

    /**
     * {@link Newest#of} the {@link #articlesOf} an entity, dated articles counting as dated: the stored list
     * is walked without building its records, and only those shown are parsed (a hub is named in thousands).
     */
    public Newest<ArticleRecord> newestArticlesOf(String entityId, int n) throws IOException {
        return all(new TermQuery(new Term(CorpusFields.ENTITY_ID, entityId)),
                bytes -> PartialJson.<ArticleRecord>newest(bytes, "articles", "date", n, Articles.ONE))
                .stream().findFirst().orElse(new Newest<>(List.of(), 0, 0));
    }

    /** {@link #factsOnlyNaming}, only what orders each fact, in document order. */
    public List<MergedFactHead> factHeadsNaming(String entityId) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.FACT_ENTITY, entityId)), FACT_HEAD);
    }

    /** The merged facts of {@code heads} (from this store), in the order given. */
    public List<MergedFact> factsOnly(List<MergedFactHead> heads) throws IOException {
        return summaries(heads.stream().mapToInt(MergedFactHead::doc).toArray(), FACT_SUMMARY);
    }

    /** {@link #entities(EntityType, String)}, the entities only, streamed in the same order. */
    public Stream<CorpusEntity> entitySummaries(EntityType type, String lowerPrefix) {
        return sortedSummaries(entityQuery(type, lowerPrefix), ENTITY_ORDER, ENTITY_SUMMARY);
    }

    /** {@link #allEntities()}, the entities only. */
    public Stream<CorpusEntity> allEntitySummaries() {
        return sortedSummaries(kind(CorpusFields.KIND_ENTITY), ENTITY_ORDER, ENTITY_SUMMARY);
    }

    /** {@link #mergedFacts}, the merged facts only, without the sources as resolved when merged. */
    public Stream<MergedFact> mergedFactsOnly(FactType type) {
        return sortedSummaries(factQuery(type), FACT_ORDER, FACT_SUMMARY);
    }

    /**
     * {@link #mergedFactsOnly}, each merged fact as its compact JSON ({@link Json#writeBytes}), parsing
     * nothing: the summaries are that JSON already. What a JSON Lines export of merged facts writes.
     */
    public Stream<byte[]> mergedFactsOnlyJson(FactType type) {
        return sortedSummaries(factQuery(type), FACT_ORDER, FACT_JSON);
    }

    /** {@link #factsWithPrincipal}, the merged facts only. */
    public List<MergedFact> factsOnlyWithPrincipal(String entityId) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.FACT_PRINCIPAL, entityId)), FACT_SUMMARY);
    }

    /** {@link #factsNaming}, the merged facts only. */
    public List<MergedFact> factsOnlyNaming(String entityId) throws IOException {
        return summaries(new TermQuery(new Term(CorpusFields.FACT_ENTITY, entityId)), FACT_SUMMARY);
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
    }

    /** How to read what a record shows: from its summary, or (a record without one) from its stored record. */
    private interface Summary<T> {
        T fromSummary(int doc, BytesRef json);

        T fromRecord(int doc, byte[] record);
    }

    /** The summary parsed, or the leading field of the stored record parsed. */
    private record Parsed<T>(ObjectReader reader, String recordField) implements Summary<T> {
        @Override
        public T fromSummary(int doc, BytesRef json) {
            try {
                return reader.readValue(json.bytes, json.offset, json.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public T fromRecord(int doc, byte[] record) {
            return PartialJson.field(record, recordField, reader);
        }
    }

    private static final Summary<CorpusEntity> ENTITY_SUMMARY = new Parsed<>(ENTITY, "entity");
    private static final Summary<MergedFact> FACT_SUMMARY = new Parsed<>(FACT, "fact");
    /**
     * A merged fact's compact JSON: the summary's bytes as stored ({@link Json#writeBytes} of the fact, the
     * writer an export uses), or the record's fact written again.
     */
    private static final Summary<byte[]> FACT_JSON = new Summary<>() {
        @Override
        public byte[] fromSummary(int doc, BytesRef json) {
            return BytesRef.deepCopyOf(json).bytes;
        }

        @Override
        public byte[] fromRecord(int doc, byte[] record) {
            return Json.writeBytes(FACT_SUMMARY.fromRecord(doc, record));
        }
    };
    /** What orders a merged fact: its summary's fields walked, the sources counted, nothing built but the type. */
    private static final Summary<MergedFactHead> FACT_HEAD = new Summary<>() {
        @Override
        public MergedFactHead fromSummary(int doc, BytesRef json) {
            return PartialJson.head(doc, json.bytes, json.offset, json.length);
        }

        @Override
        public MergedFactHead fromRecord(int doc, byte[] record) {
            MergedFact fact = FACT_SUMMARY.fromRecord(doc, record);
            return new MergedFactHead(doc, fact.id(), fact.type(), fact.date(), fact.sources().size());
        }
    };

    /** The summaries of every live hit, in document order. */
    private <T> List<T> summaries(Query query, Summary<T> summary) throws IOException {
        List<Integer> docs = new ArrayList<>();
        LiveHits.forEach(searcher, query, docs::add);
        return summaries(docs.stream().mapToInt(Integer::intValue).toArray(), summary);
    }

    /**
     * The summaries of {@code docs}, in the order given: read from doc values in increasing document order
     * (doc-values iterators only go forward), each leaf's once; from the stored record where a document has
     * none (a layer written before layout 3).
     */
    private <T> List<T> summaries(int[] docs, Summary<T> summary) throws IOException {
        Integer[] order = new Integer[docs.length];
        for (int i = 0; i < docs.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> docs[i]));
        List<LeafReaderContext> leaves = snapshot.reader.leaves();
        List<T> out = new ArrayList<>(Collections.nCopies(docs.length, null));
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = docs[i];
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(CorpusFields.SUMMARY);
            }
            out.set(i, values != null && values.advanceExact(doc - leaf.docBase)
                    ? summary.fromSummary(doc, values.binaryValue()) : summary.fromRecord(doc, record(doc)));
        }
        return out;
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
        return paged(query, sort, docs -> {
            List<T> out = new ArrayList<>(docs.length);
            for (int doc : docs) {
                out.add(parse.apply(record(doc)));
            }
            return out;
        });
    }

    /** The summaries of the hits of {@code query} in {@code sort} order, a page at a time. */
    private <T> Stream<T> sortedSummaries(Query query, Sort sort, Summary<T> summary) {
        return paged(query, sort, docs -> summaries(docs, summary));
    }

    /** Reads the records of a page of hits, in the order given. */
    @FunctionalInterface
    private interface PageReader<T> {
        List<T> read(int[] docs) throws IOException;
    }

    private <T> Stream<T> paged(Query query, Sort sort, PageReader<T> reader) {
        Iterator<T> pages = new Iterator<>() {
            private List<T> page = List.of();
            private int next;
            private FieldDoc after;
            private boolean done;
            private int size = FIRST_PAGE;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (done) {
                    return false;
                }
                try {
                    ScoreDoc[] hits = searcher.searchAfter(after, query, size, sort, false).scoreDocs;
                    done = hits.length < size;
                    size = Math.min(PAGE, size * 4);
                    after = hits.length == 0 ? after : (FieldDoc) hits[hits.length - 1];
                    page = reader.read(Arrays.stream(hits).mapToInt(h -> h.doc).toArray());
                    next = 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false);
    }
}
