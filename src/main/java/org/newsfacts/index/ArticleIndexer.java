package org.newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * Writes analysed articles into the Lucene index, one document per article: the only writer of the
 * index. Holds Lucene's write lock from {@link #open} to {@link #close}; a second writer fails at once
 * with {@link IndexLockedException} instead of waiting. Every {@code commitEvery} changes are committed,
 * so a crash loses at most that many articles, which a rerun redoes.
 *
 * <p>With a {@link CorpusLayerBuilder}, every commit also updates the corpus layer (entity and merged-fact
 * documents) for the articles changed since the last one, incrementally ({@link CorpusLayerBuilder#update}),
 * in the same commit as the articles: a crash at any moment leaves articles and layer agreeing. When the
 * layer cannot be updated that way (a bulk batch, a layer of an older layout, an index written without a
 * builder), commits mark it stale in the commit's user data and readers recompute it from the articles; the
 * commit ending the batch ({@link #finish}, {@link #close}) then recomputes it in full and commits it. Never
 * does a layer silently disagree with the articles of its commit.
 *
 * <p>Methods are synchronized: turning a document into postings takes milliseconds, analysing the
 * article took seconds, so one writer thread is never the bottleneck and the path/id maps stay exact.
 */
public final class ArticleIndexer implements Closeable {
    /** Changed articles beyond which a commit does not update the layer incrementally: a bulk load recomputes it once. */
    private static final int MAX_INCREMENTAL = 20_000;
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final ArticleDocument documents;
    private final int commitEvery;
    private final Map<String, String> idByPath = new HashMap<>();
    private final Map<String, String> pathById = new HashMap<>();
    private final CorpusLayerBuilder corpusLayer;
    private int uncommitted;
    /**
     * Whether the stored layer (committed or not) is what the articles gave before the {@link #changedIds}
     * changed, so that updating it for those articles makes it current; false once that is lost, until a
     * full recomputation.
     */
    private boolean layerTracked;
    /** Ids of the articles added, rewritten or removed since the layer was last current. */
    private final Set<String> changedIds = new HashSet<>();
    private boolean closed;

    private ArticleIndexer(Path path, Directory directory, IndexWriter writer, int commitEvery,
                           CorpusLayerBuilder corpusLayer) {
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.documents = new ArticleDocument((FoldingAnalyzer) writer.getConfig().getAnalyzer(),
                ArticleFields.facetsConfig());
        this.commitEvery = commitEvery;
        this.corpusLayer = corpusLayer;
    }

    /**
     * Opens the index in {@code config.directory()}, creating folder and index when missing.
     *
     * @throws IndexLockedException when another writer holds the index
     */
    public static ArticleIndexer open(IndexConfig config) throws IOException {
        return open(config, null);
    }

    /**
     * Opens the index like {@link #open(IndexConfig)}; the commit ending a batch also stores the corpus
     * layer that {@code corpusLayer} computes (null: none, and changed articles mark the layer stale).
     */
    public static ArticleIndexer open(IndexConfig config, CorpusLayerBuilder corpusLayer) throws IOException {
        Path path = config.directory();
        IndexFolder.prepareForWriting(path);
        Directory directory = FSDirectory.open(path);
        IndexWriter writer = null;
        try {
            writer = new IndexWriter(directory, WriterSettings.config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            boolean created = !DirectoryReader.indexExists(directory);
            if (created) {
                writer.commit(); // an empty index is still an index: searching it finds nothing, not "no index"
            }
            ArticleIndexer indexer = new ArticleIndexer(path, directory, writer, config.commitEvery(), corpusLayer);
            indexer.layerTracked = created || CorpusFields.FRESH.equals(committed(writer, CorpusFields.COMMIT_STATE))
                    && CorpusFields.CURRENT_LAYOUT.equals(committed(writer, CorpusFields.LAYOUT));
            indexer.loadIds();
            return indexer;
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw new IndexLockedException(path, e);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, directory);
            if (IndexDamage.isDamage(e) || !(e instanceof IndexLockedException) && IndexDamage.verify(path).isPresent()) {
                throw new IndexDamagedException(path, e); // never write into a damaged index: merges would spread it
            }
            throw e;
        }
    }

    /**
     * Reads path and id of every live document once, from doc values: milliseconds for 100k articles. Every
     * segment's checksums are verified first (one sequential read of the index), so an ingest never builds on
     * damaged segments.
     */
    private void loadIds() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                leaf.checkIntegrity();
                Bits live = leaf.getLiveDocs();
                SortedDocValues paths = DocValues.getSorted(leaf, ArticleFields.PATH);
                SortedDocValues ids = DocValues.getSorted(leaf, ArticleFields.ID);
                for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
                    if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                        remember(paths.lookupOrd(paths.ordValue()).utf8ToString(),
                                ids.lookupOrd(ids.ordValue()).utf8ToString());
                    }
                }
            }
        }
    }

    /** What is indexed now, committed or not: path → article id. A copy; later puts do not change it. */
    public synchronized Map<String, String> pathToId() {
        return Map.copyOf(idByPath);
    }

    /** Whether an article with this content id is indexed, under any path. */
    public synchronized boolean containsId(String id) {
        return pathById.containsKey(id);
    }

    /**
     * Indexes one article, replacing any document with the same path or the same id (the same text
     * moved or copied), so each path and each id has at most one document.
     *
     * @param text the article text as ingested, which evidence offsets point into
     */
    public void put(Analysis analysis, String text) throws IOException {
        put(analysis, text, null);
    }

    /**
     * As {@link #put(Analysis, String)}, keeping the source address the article's file gave (shown, never fetched).
     *
     * @param url the article's source address, or null
     */
    public synchronized void put(Analysis analysis, String text, String url) throws IOException {
        ArticleRecord article = analysis.article();
        if (article == null || article.id() == null || article.path() == null || text == null) {
            throw new IllegalArgumentException("an indexed article needs an id, a path and its text");
        }
        Query previous = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(ArticleFields.ID, article.id())), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(ArticleFields.PATH, article.path())), BooleanClause.Occur.SHOULD)
                .build();
        writer.updateDocuments(previous, List.of(documents.build(analysis, text, url)));
        String replaced = idByPath.get(article.path());
        if (replaced != null) {
            changedIds.add(replaced);
        }
        changedIds.add(article.id());
        forgetPath(article.path());
        String previousPath = pathById.get(article.id());
        if (previousPath != null) {
            idByPath.remove(previousPath);
        }
        remember(article.path(), article.id());
        changed();
    }

    /**
     * Adds every article of other indexes ("shards" a distributed ingest wrote with this class) in one
     * {@link IndexWriter#addIndexes} call, which copies their segments instead of re-analysing or re-indexing
     * anything. A shard article replaces any document with the same path or the same id, as {@link #put}
     * would; when shards hold the same id under several paths (one text in two files), the last one in shard
     * order wins, as the last {@code put} would. Shards hold no corpus layer (written without a
     * {@link CorpusLayerBuilder}); this index's layer is updated for the shards' articles like for put ones:
     * incrementally in the commit that ends this call when they are few, else recomputed by {@link #finish}.
     *
     * @return how many articles the shards added
     */
    public synchronized int addShards(List<Path> shards) throws IOException {
        List<Directory> directories = new ArrayList<>(shards.size());
        try {
            Map<String, String> lastPathById = new HashMap<>();
            List<String> losers = new ArrayList<>();
            for (Path shard : shards) {
                Directory directory = FSDirectory.open(shard);
                directories.add(directory);
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    for (LeafReaderContext context : reader.leaves()) {
                        LeafReader leaf = context.reader();
                        Bits live = leaf.getLiveDocs();
                        SortedDocValues paths = DocValues.getSorted(leaf, ArticleFields.PATH);
                        SortedDocValues ids = DocValues.getSorted(leaf, ArticleFields.ID);
                        for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
                            if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
                                String articlePath = paths.lookupOrd(paths.ordValue()).utf8ToString();
                                String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
                                String earlier = lastPathById.put(id, articlePath);
                                if (earlier != null) {
                                    losers.add(earlier);
                                }
                                replaced(articlePath, id);
                            }
                        }
                    }
                }
            }
            writer.addIndexes(directories.toArray(Directory[]::new));
            for (String loser : losers) {
                writer.deleteDocuments(new Term(ArticleFields.PATH, loser)); // applies to the added segments too
            }
            if (corpusLayer == null && !layerTracked) {
                changedIds.clear();
            }
            commit();
            return lastPathById.size();
        } finally {
            IOUtils.close(directories);
        }
    }

    /** Deletes the documents an incoming article with this path and id replaces, and records it as indexed. */
    private void replaced(String articlePath, String id) throws IOException {
        writer.deleteDocuments(new Term(ArticleFields.ID, id), new Term(ArticleFields.PATH, articlePath));
        String previousId = idByPath.get(articlePath);
        if (previousId != null) {
            changedIds.add(previousId);
        }
        changedIds.add(id);
        forgetPath(articlePath);
        String previousPath = pathById.get(id);
        if (previousPath != null) {
            idByPath.remove(previousPath);
        }
        remember(articlePath, id);
    }

    /** Removes the article read from {@code path}, if any (its file was deleted). */
    public synchronized void deletePath(String articlePath) throws IOException {
        writer.deleteDocuments(new Term(ArticleFields.PATH, articlePath));
        String id = idByPath.get(articlePath);
        if (forgetPath(articlePath)) {
            changedIds.add(id);
            changed();
        }
    }

    /**
     * Makes every change so far durable and visible to new searchers, with the corpus layer updated for the
     * articles changed since the last commit, in the same commit, when it can be updated incrementally;
     * otherwise the commit marks the layer stale ({@link #finish} recomputes it). An update that fails
     * leaves the layer marked stale and the articles committed, and is rethrown.
     */
    public synchronized void commit() throws IOException {
        RuntimeException failed = null;
        if (layerTracked && !changedIds.isEmpty()) {
            try {
                updateCorpusLayer();
            } catch (RuntimeException e) {
                failed = e;
                untrack();
            }
        }
        boolean fresh = layerTracked && changedIds.isEmpty();
        writer.setLiveCommitData(Map.of(CorpusFields.COMMIT_STATE, fresh ? CorpusFields.FRESH : CorpusFields.STALE,
                CorpusFields.LAYOUT, CorpusFields.CURRENT_LAYOUT).entrySet());
        writer.commit();
        uncommitted = 0;
        if (failed != null) {
            throw failed;
        }
    }

    /**
     * Ends a batch: commits the articles (with the corpus layer updated, when it can be incrementally); then,
     * if the layer could not be updated that way and a {@link CorpusLayerBuilder} was given, recomputes it in
     * full and commits it. The articles are made durable first (with the layer marked stale) because the full
     * computation reads every article and takes minutes on a large index: one that fails or is cut short must
     * never cost the batch its articles.
     */
    public synchronized void finish() throws IOException {
        commit();
        if (!layerTracked && corpusLayer != null) {
            rebuildCorpusLayer();
            commit();
        }
    }

    /** Recomputes the corpus layer from every article, whatever its state, and commits it: {@code reindex-corpus}. */
    public synchronized void rebuildCorpus() throws IOException {
        if (corpusLayer == null) {
            throw new IllegalStateException("no corpus layer builder was given to this indexer");
        }
        rebuildCorpusLayer();
        commit();
    }

    /**
     * Replaces the corpus layer by records computed elsewhere from exactly the articles this index now holds
     * (the Spark front end computes them on its executors, grouped by entity and event keys, with the same
     * code as {@link CorpusLayerBuilder#build}), and commits them as the current layer. Records are streamed
     * into the writer, so the caller need not hold them all.
     */
    public synchronized void replaceCorpusLayer(Iterator<StoredEntity> entities, Iterator<StoredMergedFact> facts)
            throws IOException {
        writer.deleteDocuments(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY),
                new Term(CorpusFields.KIND, CorpusFields.KIND_FACT));
        while (entities.hasNext()) {
            writer.addDocument(CorpusDocuments.entity(entities.next()));
        }
        while (facts.hasNext()) {
            writer.addDocument(CorpusDocuments.fact(facts.next()));
        }
        layerTracked = true;
        changedIds.clear();
        commit();
    }

    /** Finishes the batch ({@link #finish}) and releases the write lock. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            finish();
        } finally {
            IOUtils.close(writer, directory);
        }
    }

    private void rebuildCorpusLayer() throws IOException {
        CorpusLayerBuilder.Records records = corpusLayer.build(articles());
        writer.deleteDocuments(new Term(CorpusFields.KIND, CorpusFields.KIND_ENTITY),
                new Term(CorpusFields.KIND, CorpusFields.KIND_FACT));
        writer.addDocuments(records.entities().stream().map(CorpusDocuments::entity).toList());
        writer.addDocuments(records.facts().stream().map(CorpusDocuments::fact).toList());
        layerTracked = true;
        changedIds.clear();
    }

    /**
     * Updates the layer for {@link #changedIds}: the builder reads the articles as they now are beside the
     * layer as it was, and says which records to replace; all deletions go before the additions. When the
     * builder declines (too much of the corpus to read) the layer is left to a full recomputation.
     */
    private void updateCorpusLayer() throws IOException {
        if (corpusLayer == null || changedIds.size() > MAX_INCREMENTAL) {
            untrack();
            return;
        }
        Optional<CorpusLayerBuilder.Update> update;
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            update = corpusLayer.update(new IndexedCorpusLayer(reader), Set.copyOf(changedIds));
        }
        if (update.isEmpty()) {
            untrack();
            return;
        }
        CorpusLayerBuilder.Update u = update.get();
        List<Term> deletions = new ArrayList<>();
        u.removedEntityIds().forEach(id -> deletions.add(new Term(CorpusFields.ENTITY_ID, id)));
        u.removedBuckets().forEach(b -> deletions.add(new Term(CorpusFields.FACT_BUCKET, b)));
        writer.deleteDocuments(deletions.toArray(Term[]::new));
        writer.addDocuments(u.entities().stream().map(CorpusDocuments::entity).toList());
        writer.addDocuments(u.facts().stream().map(CorpusDocuments::fact).toList());
        changedIds.clear();
    }

    /** The layer no longer follows the articles: commits mark it stale until {@link #finish} recomputes it. */
    private void untrack() {
        layerTracked = false;
        changedIds.clear();
    }

    /** Every article's analysis as the writer sees it now (committed or not), in path order. */
    private List<Analysis> articles() throws IOException {
        record Entry(String path, LeafReader leaf, int doc) {
        }
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            List<Entry> entries = new ArrayList<>(reader.numDocs());
            for (LeafReaderContext context : reader.leaves()) {
                LeafReader leaf = context.reader();
                Bits live = leaf.getLiveDocs();
                SortedDocValues paths = DocValues.getSorted(leaf, ArticleFields.PATH);
                for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        entries.add(new Entry(paths.lookupOrd(paths.ordValue()).utf8ToString(), leaf, doc));
                    }
                }
            }
            entries.sort(Comparator.comparing(Entry::path));
            Map<LeafReader, StoredFields> stored = new HashMap<>();
            List<Analysis> analyses = new ArrayList<>(entries.size());
            for (Entry e : entries) {
                StoredFields fields = stored.computeIfAbsent(e.leaf(), leaf -> {
                    try {
                        return leaf.storedFields();
                    } catch (IOException ex) {
                        throw new UncheckedIOException(ex);
                    }
                });
                BytesRef json = fields.document(e.doc(), Set.of(ArticleFields.ANALYSIS))
                        .getBinaryValue(ArticleFields.ANALYSIS);
                analyses.add(Json.readAnalysis(BytesRef.deepCopyOf(json).bytes));
            }
            return analyses;
        }
    }

    private static String committed(IndexWriter writer, String key) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(key)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The index folder. */
    public Path directory() {
        return path;
    }

    private void remember(String articlePath, String id) {
        idByPath.put(articlePath, id);
        pathById.put(id, articlePath);
    }

    private boolean forgetPath(String articlePath) {
        String id = idByPath.remove(articlePath);
        if (id != null) {
            pathById.remove(id);
        }
        return id != null;
    }

    private void changed() throws IOException {
        if (corpusLayer == null && !layerTracked) {
            changedIds.clear(); // nobody will update the layer from them: keep no list growing with the batch
        }
        if (++uncommitted >= commitEvery) {
            commit();
        }
    }
}
