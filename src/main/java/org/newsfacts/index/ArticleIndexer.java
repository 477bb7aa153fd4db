package org.newsfacts.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * Writes analysed articles into the Lucene index, one document per article: the only writer of the
 * index. Holds Lucene's write lock from {@link #open} to {@link #close}; a second writer fails at once
 * with {@link IndexLockedException} instead of waiting. Every {@code commitEvery} changes are committed,
 * so a crash loses at most that many articles, which a rerun redoes.
 *
 * <p>With a {@link CorpusLayerBuilder}, the commit that ends a batch ({@link #finish}, {@link #close})
 * also replaces the corpus layer (entity and merged-fact documents) computed from the articles as they then
 * stand, so articles and corpus layer are committed together. The intermediate commits of a long batch
 * mark the layer stale in the commit's user data instead, and readers then recompute it from the articles:
 * a crash at any moment leaves either a fresh layer or one marked stale, never one that silently disagrees.
 *
 * <p>Methods are synchronized: turning a document into postings takes milliseconds, analysing the
 * article took seconds, so one writer thread is never the bottleneck and the path/id maps stay exact.
 */
public final class ArticleIndexer implements Closeable {
    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final ArticleDocument documents;
    private final int commitEvery;
    private final Map<String, String> idByPath = new HashMap<>();
    private final Map<String, String> pathById = new HashMap<>();
    private final CorpusLayerBuilder corpusLayer;
    private int uncommitted;
    /** Articles changed since the corpus layer was last rebuilt (or the layer was stale when opened). */
    private boolean corpusStale;
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
            IndexWriterConfig writerConfig = new IndexWriterConfig(new FoldingAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCommitOnClose(true);
            writer = new IndexWriter(directory, writerConfig);
            boolean created = !DirectoryReader.indexExists(directory);
            if (created) {
                writer.commit(); // an empty index is still an index: searching it finds nothing, not "no index"
            }
            ArticleIndexer indexer = new ArticleIndexer(path, directory, writer, config.commitEvery(), corpusLayer);
            indexer.corpusStale = created || !CorpusFields.FRESH.equals(committed(writer, CorpusFields.COMMIT_STATE));
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
        forgetPath(article.path());
        String previousPath = pathById.get(article.id());
        if (previousPath != null) {
            idByPath.remove(previousPath);
        }
        remember(article.path(), article.id());
        changed();
    }

    /** Removes the article read from {@code path}, if any (its file was deleted). */
    public synchronized void deletePath(String articlePath) throws IOException {
        writer.deleteDocuments(new Term(ArticleFields.PATH, articlePath));
        if (forgetPath(articlePath)) {
            changed();
        }
    }

    /**
     * Makes every change so far durable and visible to new searchers. The corpus layer is not rebuilt:
     * if articles changed since it was, the commit marks it stale ({@link #finish} rebuilds it).
     */
    public synchronized void commit() throws IOException {
        writer.setLiveCommitData(Map.of(CorpusFields.COMMIT_STATE,
                corpusStale ? CorpusFields.STALE : CorpusFields.FRESH).entrySet());
        writer.commit();
        uncommitted = 0;
    }

    /**
     * Ends a batch: commits the articles, then, when they changed since the corpus layer was built (or it was
     * stale) and a {@link CorpusLayerBuilder} was given, rebuilds the layer and commits it. The articles are
     * made durable first (with the layer marked stale) because the rebuild reads every article and takes
     * minutes on a large index: a rebuild that fails or is cut short must never cost the batch its articles.
     */
    public synchronized void finish() throws IOException {
        commit();
        if (corpusStale && corpusLayer != null) {
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
        corpusStale = false;
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
        corpusStale = true;
        if (++uncommitted >= commitEvery) {
            commit();
        }
    }
}
