package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;

/**
 * The analyses stored in the index, read back without re-running NLP: what {@code facts},
 * {@code entities} and {@code export} work from. Read-only, like {@link ArticleSearcher}.
 */
public final class AnalysisStore implements Closeable {
    private static final Set<String> ANALYSIS_ONLY = Set.of(ArticleFields.ANALYSIS);

    private final IndexSnapshot snapshot;
    private final IndexSearcher searcher;

    private AnalysisStore(IndexSnapshot snapshot) {
        this.snapshot = snapshot;
        this.searcher = new IndexSearcher(snapshot.reader);
    }

    /** @throws IndexMissingException when the folder is missing or holds no index */
    public static AnalysisStore open(Path directory) throws IOException {
        return new AnalysisStore(IndexSnapshot.open(directory));
    }

    /** How many articles the index holds. */
    public long count() throws IOException {
        return searcher.count(RequestQuery.articlesOnly());
    }

    /**
     * Every analysis in path order, so exports are stable from run to run. Lazy: only paths and
     * document numbers are held, each analysis is read when the stream reaches it. Consume the
     * stream before closing the store; I/O failures surface as {@link UncheckedIOException}.
     */
    public Stream<Analysis> all() throws IOException {
        StoredFields stored = snapshot.reader.storedFields();
        return pathOrder().stream().map(doc -> read(stored, doc));
    }

    /** The analysis of one article, by its id. */
    public Optional<Analysis> byId(String id) throws IOException {
        return document(id).map(doc -> Json.readAnalysis(bytes(doc)));
    }

    /** The text of one article as ingested, by its id: what evidence offsets point into. */
    public Optional<String> text(String id) throws IOException {
        return document(id).map(doc -> doc.get(ArticleFields.TEXT));
    }

    /** The source address the article's file gave ({@code url}, canonical link), by its id; empty when none. */
    public Optional<String> url(String id) throws IOException {
        return document(id).map(doc -> doc.get(ArticleFields.URL));
    }

    @Override
    public void close() throws IOException {
        snapshot.close();
    }

    private Optional<Document> document(String id) throws IOException {
        TopDocs top = searcher.search(new TermQuery(new Term(ArticleFields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
            return Optional.empty();
        }
        return Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    }

    /** Live documents sorted by path, read from doc values; global document numbers. */
    private List<Integer> pathOrder() throws IOException {
        record Entry(String path, int doc) {
        }
        List<Entry> entries = new ArrayList<>(snapshot.reader.numDocs());
        for (LeafReaderContext context : snapshot.reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            SortedDocValues paths = DocValues.getSorted(leaf, ArticleFields.PATH);
            for (int doc = paths.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = paths.nextDoc()) {
                if (live == null || live.get(doc)) {
                    entries.add(new Entry(paths.lookupOrd(paths.ordValue()).utf8ToString(), context.docBase + doc));
                }
            }
        }
        entries.sort(Comparator.comparing(Entry::path));
        return entries.stream().map(Entry::doc).toList();
    }

    private static Analysis read(StoredFields stored, int doc) {
        try {
            return Json.readAnalysis(bytes(stored.document(doc, ANALYSIS_ONLY)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Document doc) {
        return BytesRef.deepCopyOf(doc.getBinaryValue(ArticleFields.ANALYSIS)).bytes;
    }
}
