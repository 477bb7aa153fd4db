package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusFields;
import org.newsfacts.index.FoldingAnalyzer;
import org.newsfacts.index.SampleArticles;

/**
 * Queries that can only match articles run without the corpus layer's exclusion; any other keeps it, so a
 * search never lists one of the layer's records, whatever the user types.
 */
class ArticleOnlyTest {
    @TempDir
    Path dir;

    private static Query term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    private static Query parsed(String userQuery) {
        return new ArticleQueryParser(new FoldingAnalyzer(), PhrasePairs.Mode.NARROWED).parseUserQuery(userQuery);
    }

    @Test
    void queriesOnArticleFieldsHold() {
        assertTrue(ArticleOnly.holds(parsed("orbit")));
        assertTrue(ArticleOnly.holds(parsed("\"docking port\" AND crew")));
        assertTrue(ArticleOnly.holds(parsed("(orbit OR lander) AND NOT probe")));
        assertTrue(ArticleOnly.holds(parsed("orb*")));
        assertTrue(ArticleOnly.holds(parsed("date:2031-04")));
        assertTrue(ArticleOnly.holds(new BoostQuery(term("title", "orbit"), 2f)));
        assertTrue(ArticleOnly.holds(new WildcardQuery(new Term("text", "orb?t"))));
        assertTrue(ArticleOnly.holds(LongPoint.newRangeQuery("date", 1, 2)));
        // a required article clause is enough, whatever else the query asks
        assertTrue(ArticleOnly.holds(new BooleanQuery.Builder().add(term("text", "orbit"), Occur.MUST)
                .add(term(CorpusFields.KIND, CorpusFields.KIND_ENTITY), Occur.SHOULD).build()));
        // only prohibited clauses: Lucene matches nothing
        assertTrue(ArticleOnly.holds(new BooleanQuery.Builder().add(term("text", "orbit"), Occur.MUST_NOT).build()));
    }

    @Test
    void queriesThatMayReachTheLayerDoNot() {
        assertFalse(ArticleOnly.holds(new MatchAllDocsQuery()));
        assertFalse(ArticleOnly.holds(parsed("*:*")));
        assertFalse(ArticleOnly.holds(parsed("corpus_kind:entity")));
        assertFalse(ArticleOnly.holds(parsed("orbit OR corpus_entity_type:person")));
        assertFalse(ArticleOnly.holds(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST)
                .add(term("text", "orbit"), Occur.SHOULD).build()));
        // a kind of query it does not know, even on article fields
        assertFalse(ArticleOnly.holds(new DisjunctionMaxQuery(List.of(term("text", "orbit"), term("title", "orbit")), 0f)));
    }

    @Test
    void noSearchListsALayerRecord() throws IOException {
        index();
        try (ArticleSearcher searcher = ArticleSearcher.open(dir)) {
            for (String query : List.of("*:*", "corpus_kind:entity", "corpus_kind:merged_fact", "kourou OR corpus_kind:entity",
                    "corpus_entity_type:PERSON", "kourou", "\"meridian station\"")) {
                SearchResults results = searcher.search(SearchRequest.of(query, 100));
                assertEquals(results.total(), results.hits().size(), query);
                assertTrue(results.hits().stream().allMatch(hit -> hit.id() != null && hit.path() != null), query);
            }
            assertEquals(4, searcher.search(SearchRequest.of("*:*", 100)).total());
            assertEquals(0, searcher.search(SearchRequest.of("corpus_kind:entity", 100)).total());
            assertEquals(2, searcher.search(SearchRequest.of("kourou OR corpus_kind:entity", 100)).total());
        }
    }

    /** What the shortcut rests on: no document holds both an article field and a corpus field. */
    @Test
    void layerRecordsAndArticlesShareNoField() throws IOException {
        index();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            int records = 0;
            int articles = 0;
            for (LeafReaderContext leaf : reader.leaves()) {
                Map<Integer, Set<String>> fieldsOf = fieldsByDoc(leaf.reader());
                for (Set<String> fields : fieldsOf.values()) {
                    long corpus = fields.stream().filter(CorpusFields::isCorpusField).count();
                    assertTrue(corpus == 0 || corpus == fields.size(), "mixed document: " + fields);
                    if (corpus > 0) {
                        records++;
                        assertTrue(fields.contains(CorpusFields.KIND), fields.toString());
                    } else {
                        articles++;
                    }
                }
            }
            assertEquals(4, articles);
            assertTrue(records > 0, "the layer was written");
        }
    }

    private void index() throws IOException {
        SampleArticles.index(dir, CorpusLayerFactory.of(Gazetteer.bundled()));
    }

    /** Every field each live document has: terms, doc values, points or stored values. */
    private static Map<Integer, Set<String>> fieldsByDoc(LeafReader reader) throws IOException {
        Map<Integer, Set<String>> fields = new HashMap<>();
        for (FieldInfo info : reader.getFieldInfos()) {
            List<Integer> docs = new ArrayList<>();
            if (info.getIndexOptions() != IndexOptions.NONE) {
                Terms terms = reader.terms(info.name);
                TermsEnum each = terms == null ? TermsEnum.EMPTY : terms.iterator();
                PostingsEnum postings = null;
                while (each.next() != null) {
                    postings = each.postings(postings, PostingsEnum.NONE);
                    collect(postings, docs);
                }
            }
            switch (info.getDocValuesType()) {
                case NUMERIC -> collect(DocValues.getNumeric(reader, info.name), docs);
                case BINARY -> collect(DocValues.getBinary(reader, info.name), docs);
                case SORTED -> collect(DocValues.getSorted(reader, info.name), docs);
                case SORTED_SET -> collect(DocValues.getSortedSet(reader, info.name), docs);
                case SORTED_NUMERIC -> collect(DocValues.getSortedNumeric(reader, info.name), docs);
                default -> { }
            }
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (reader.storedFields().document(doc, Set.of(info.name)).getField(info.name) != null) {
                    docs.add(doc);
                }
            }
            for (int doc : docs) {
                if (reader.getLiveDocs() == null || reader.getLiveDocs().get(doc)) {
                    fields.computeIfAbsent(doc, d -> new HashSet<>()).add(info.name);
                }
            }
        }
        return fields;
    }

    private static void collect(DocIdSetIterator iterator, List<Integer> docs) throws IOException {
        for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
            docs.add(doc);
        }
    }
}
