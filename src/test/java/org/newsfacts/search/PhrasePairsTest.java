package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.CorpusFields;
import org.newsfacts.index.FoldingAnalyzer;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.json.Json;
import org.newsfacts.search.PhrasePairs.Mode;

class PhrasePairsTest {
    @TempDir
    Path dir;

    @Test
    void rewritesAnExactTextPhraseAsItsWordPairsInOrder() {
        PhraseQuery three = new PhraseQuery("text", "swap", "seats", "on");
        PhraseQuery two = new PhraseQuery("text", "swap", "seats");
        assertEquals("+text:\"swap seats on\" #text_pairs:\"swap seats seats on\"",
                PhrasePairs.apply(three, Mode.NARROWED).toString());
        assertEquals("text_pairs:\"swap seats seats on\"", PhrasePairs.apply(three, Mode.PAIRS).toString());
        assertEquals("+text:\"swap seats\" #text_pairs:swap seats", PhrasePairs.apply(two, Mode.NARROWED).toString());
        assertEquals("text_pairs:swap seats", PhrasePairs.apply(two, Mode.PAIRS).toString());
        assertSame(two, PhrasePairs.apply(two, Mode.POSITIONS));
    }

    @Test
    void leavesSloppyPhrasesAndOtherFieldsAlone() {
        PhraseQuery sloppy = new PhraseQuery(2, "text", "swap", "seats");
        PhraseQuery title = new PhraseQuery("title", "swap", "seats");
        PhraseQuery gap = new PhraseQuery.Builder().add(new Term("text", "swap"), 0).add(new Term("text", "seats"), 2).build();
        for (Mode mode : Mode.values()) {
            assertSame(sloppy, PhrasePairs.apply(sloppy, mode));
            assertSame(title, PhrasePairs.apply(title, mode));
            assertSame(gap, PhrasePairs.apply(gap, mode));
        }
    }

    @Test
    void pairQueriesFindTheSameArticlesAndRankThemAlike() throws IOException {
        SampleArticles.index(dir);
        FoldingAnalyzer analyzer = new FoldingAnalyzer();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String query : List.of("\"swap seats on flights\"", "\"mira solano\"", "\"meridian station\" kourou",
                    "\"the meridian station\" OR lebed", "\"station six\"", "\"flights on seats\"", "\"Союз\" стартовал")) {
                SearchRequest request = SearchRequest.of(query, 10);
                TopDocs plain = searcher.search(RequestQuery.of(request, analyzer, Mode.POSITIONS), 10);
                TopDocs narrowed = searcher.search(RequestQuery.of(request, analyzer, Mode.NARROWED), 10);
                assertEquals(plain.totalHits, narrowed.totalHits, query);
                assertEquals(describe(plain), describe(narrowed), query);
                assertEquals(searcher.count(RequestQuery.of(request, analyzer, Mode.POSITIONS)),
                        searcher.count(RequestQuery.of(request, analyzer, Mode.PAIRS)), query);
            }
        }
    }

    private static String describe(TopDocs top) {
        return Arrays.toString(Arrays.stream(top.scoreDocs).map(d -> d.doc + ":" + d.score).toArray());
    }

    @Test
    void anIndexWrittenBeforeWordPairsStillAnswersPhrases() throws IOException {
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new FoldingAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField(ArticleFields.ID, SampleArticles.SEAT_SWAP_ID, Field.Store.YES));
            doc.add(new TextField(ArticleFields.TEXT, SampleArticles.SEAT_SWAP_TEXT, Field.Store.YES));
            doc.add(new StoredField(ArticleFields.ANALYSIS, Json.writeBytes(SampleArticles.seatSwap())));
            writer.addDocument(doc);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertFalse(PhrasePairs.indexed(reader), "text without pairs: phrases by positions");
        }
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            assertEquals(1, searcher.search(SearchRequest.of("\"swap seats on flights\"", 10)).total());
        }
    }

    /** A segment of corpus-layer records alone (no text, so no pairs) leaves the pairs in use for the rest. */
    @Test
    void aSegmentWithoutTextKeepsTheWordPairsInUse() throws IOException {
        SampleArticles.index(dir);
        IndexWriterConfig append = new IndexWriterConfig(new FoldingAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), append)) {
            Document layer = new Document();
            layer.add(new StringField(CorpusFields.KIND, CorpusFields.KIND_ENTITY, Field.Store.YES));
            writer.addDocument(layer);
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertTrue(reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(ArticleFields.TEXT) == null),
                    "the layer record has a segment of its own");
            assertTrue(PhrasePairs.indexed(reader));
        }
    }
}
