package org.newsfacts.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;

class ArticleIndexerTest {
    @TempDir
    Path dir;

    /** What a separate reader sees of the last commit. */
    private long committedCount(Query query) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexSearcher(reader).count(query);
        }
    }

    private long committedCount(String field, String value) throws IOException {
        return committedCount(new TermQuery(new Term(field, value)));
    }

    private static Analysis movedTo(Analysis analysis, String path, String id) {
        ArticleRecord a = analysis.article();
        return new Analysis(new ArticleRecord(id, path, a.title(), a.date(), a.language(), a.sha256(), a.tokens()),
                analysis.entities(), analysis.facts());
    }

    @Test
    void indexesArticlesAndReportsPathsAndIds() throws IOException {
        SampleArticles.index(dir);
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            Map<String, String> expected = Map.of("news/seat-swap.txt", SampleArticles.SEAT_SWAP_ID,
                    "news/launch.txt", SampleArticles.LAUNCH_ID, "news/chief.txt", SampleArticles.CHIEF_ID,
                    "news/soyuz-ru.txt", SampleArticles.SOYUZ_ID);
            assertEquals(expected, indexer.pathToId());
            assertTrue(indexer.containsId(SampleArticles.CHIEF_ID));
            assertFalse(indexer.containsId("ffffffffffff"));
        }
    }

    @Test
    void documentHoldsEntityFieldsFactTypesAndTheWholeAnalysis() throws IOException {
        SampleArticles.index(dir);
        assertEquals(2, committedCount("entity_agency", "kosmoflot"));
        assertEquals(2, committedCount("entity_agency", "cosmoflot"));
        assertEquals(1, committedCount("entity_agency", "kosmoflott"));
        assertEquals(1, committedCount("entity_spacecraft", "союз"));
        assertEquals(2, committedCount("fact_type", "flight_assignment"));
        assertEquals(1, committedCount("language", "ru"));
        assertEquals(0, committedCount("entity_date", "nothing"));
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            int doc = searcher.search(new TermQuery(new Term("id", SampleArticles.CHIEF_ID)), 1).scoreDocs[0].doc;
            Document stored = searcher.storedFields().document(doc);
            assertEquals(SampleArticles.chief(), Json.readAnalysis(stored.getBinaryValue("analysis").bytes));
            assertEquals(SampleArticles.CHIEF_TEXT, stored.get("text"));
            assertEquals("2021-03-02", stored.get("date"));
            assertEquals("Cosmoflot gets a new chief", stored.get("title"));
        }
    }

    @Test
    void putOfTheSamePathReplacesTheDocument() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            // the file was edited: same path, new content id
            indexer.put(movedTo(SampleArticles.chief(), "news/chief.txt", "b00000000003"), SampleArticles.CHIEF_TEXT);
            assertEquals(Map.of("news/chief.txt", "b00000000003"), indexer.pathToId());
            assertFalse(indexer.containsId(SampleArticles.CHIEF_ID));
        }
        assertEquals(1, committedCount("path", "news/chief.txt"));
        assertEquals(0, committedCount("id", SampleArticles.CHIEF_ID));
    }

    @Test
    void putOfTheSameIdUnderAnotherPathMovesTheDocument() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            indexer.put(movedTo(SampleArticles.chief(), "archive/chief.txt", SampleArticles.CHIEF_ID),
                    SampleArticles.CHIEF_TEXT);
            assertEquals(Map.of("archive/chief.txt", SampleArticles.CHIEF_ID), indexer.pathToId());
        }
        assertEquals(1, committedCount("id", SampleArticles.CHIEF_ID));
        assertEquals(0, committedCount("path", "news/chief.txt"));
    }

    @Test
    void addShardsCopiesTheirArticlesAndReplacesThoseWithTheSamePathOrId(@TempDir Path shards) throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            indexer.put(SampleArticles.launch(), SampleArticles.LAUNCH_TEXT);
        }
        Path first = shards.resolve("0");
        Path second = shards.resolve("1");
        try (ArticleIndexer shard = ArticleIndexer.open(IndexConfig.at(first))) {
            // the chief file was edited: same path, new content id
            shard.put(movedTo(SampleArticles.chief(), "news/chief.txt", "b00000000003"), SampleArticles.CHIEF_TEXT);
            shard.put(SampleArticles.seatSwap(), SampleArticles.SEAT_SWAP_TEXT);
        }
        try (ArticleIndexer shard = ArticleIndexer.open(IndexConfig.at(second))) {
            // the launch text moved to another file: same id, new path
            shard.put(movedTo(SampleArticles.launch(), "archive/launch.txt", SampleArticles.LAUNCH_ID),
                    SampleArticles.LAUNCH_TEXT);
        }
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            assertEquals(3, indexer.addShards(List.of(first, second)));
            assertEquals(Map.of("news/chief.txt", "b00000000003", "news/seat-swap.txt", SampleArticles.SEAT_SWAP_ID,
                    "archive/launch.txt", SampleArticles.LAUNCH_ID), indexer.pathToId());
        }
        assertEquals(3, committedCount(new MatchAllDocsQuery()));
        assertEquals(1, committedCount("path", "news/chief.txt"));
        assertEquals(0, committedCount("id", SampleArticles.CHIEF_ID));
        assertEquals(1, committedCount("id", SampleArticles.LAUNCH_ID));
        assertEquals(0, committedCount("path", "news/launch.txt"));
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            assertEquals(3, indexer.pathToId().size()); // what a reopened writer reads back
        }
    }

    @Test
    void addShardsKeepsTheLastOfOneTextInSeveralShards(@TempDir Path shards) throws IOException {
        Path first = shards.resolve("0");
        Path second = shards.resolve("1");
        try (ArticleIndexer shard = ArticleIndexer.open(IndexConfig.at(first))) {
            shard.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
        }
        try (ArticleIndexer shard = ArticleIndexer.open(IndexConfig.at(second))) {
            shard.put(movedTo(SampleArticles.chief(), "news/chief-copy.txt", SampleArticles.CHIEF_ID),
                    SampleArticles.CHIEF_TEXT);
        }
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            assertEquals(1, indexer.addShards(List.of(first, second)));
            assertEquals(Map.of("news/chief-copy.txt", SampleArticles.CHIEF_ID), indexer.pathToId());
        }
        assertEquals(1, committedCount(new MatchAllDocsQuery()));
        assertEquals(1, committedCount("path", "news/chief-copy.txt"));
    }

    @Test
    void deletePathRemovesTheArticle() throws IOException {
        SampleArticles.index(dir);
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            indexer.deletePath("news/launch.txt");
            indexer.deletePath("news/never-indexed.txt");
            assertEquals(3, indexer.pathToId().size());
            assertFalse(indexer.containsId(SampleArticles.LAUNCH_ID));
        }
        assertEquals(0, committedCount("path", "news/launch.txt"));
        assertEquals(3, committedCount(new MatchAllDocsQuery()));
    }

    @Test
    void commitsEveryConfiguredNumberOfPuts() throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(dir, 2))) {
            assertEquals(0, committedCount(new MatchAllDocsQuery()));
            indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
            indexer.put(SampleArticles.launch(), SampleArticles.LAUNCH_TEXT);
            indexer.put(SampleArticles.soyuz(), SampleArticles.SOYUZ_TEXT);
            assertEquals(2, committedCount(new MatchAllDocsQuery()));
            assertEquals(3, indexer.pathToId().size());
            indexer.commit();
            assertEquals(3, committedCount(new MatchAllDocsQuery()));
        }
    }

    @Test
    void aCorpusLayerRebuildThatFailsNeverCostsTheBatchItsArticles() throws IOException {
        CorpusLayerBuilder failing = articles -> {
            throw new IllegalStateException("rebuild failed");
        };
        ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(dir, 1000), failing);
        indexer.put(SampleArticles.chief(), SampleArticles.CHIEF_TEXT);
        indexer.put(SampleArticles.launch(), SampleArticles.LAUNCH_TEXT);
        indexer.put(SampleArticles.soyuz(), SampleArticles.SOYUZ_TEXT);
        assertThrows(IllegalStateException.class, indexer::finish);
        assertEquals(3, committedCount(new MatchAllDocsQuery()));
        try (FSDirectory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertEquals(CorpusFields.STALE, reader.getIndexCommit().getUserData().get(CorpusFields.COMMIT_STATE),
                    "readers recompute a layer the failed rebuild did not write");
        }
        assertThrows(IllegalStateException.class, indexer::close);
    }

    @Test
    void secondWriterFailsAtOnceWithIndexLocked() throws IOException {
        try (ArticleIndexer first = ArticleIndexer.open(IndexConfig.at(dir))) {
            IndexLockedException locked = assertThrows(IndexLockedException.class,
                    () -> ArticleIndexer.open(IndexConfig.at(dir)));
            assertEquals("index " + dir + " is locked by another process", locked.getMessage());
            first.put(SampleArticles.soyuz(), SampleArticles.SOYUZ_TEXT);
        }
        try (ArticleIndexer again = ArticleIndexer.open(IndexConfig.at(dir))) {
            assertEquals(List.of("news/soyuz-ru.txt"), List.copyOf(again.pathToId().keySet()));
        }
    }

    @Test
    void rejectsArticlesWithoutPath() throws IOException {
        Analysis pathless = movedTo(SampleArticles.chief(), null, SampleArticles.CHIEF_ID);
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(dir))) {
            assertThrows(IllegalArgumentException.class, () -> indexer.put(pathless, "text"));
        }
    }
}
