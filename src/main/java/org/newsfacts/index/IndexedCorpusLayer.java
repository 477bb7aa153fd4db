package org.newsfacts.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * The {@link CorpusLayerSource} of the index being written: a reader opened from the writer, so it sees the
 * articles as changed (committed or not) beside the layer as it stood before the change. Every lookup is
 * one query over a set of terms, reading only the matching documents' stored record.
 */
final class IndexedCorpusLayer implements CorpusLayerSource {
    private final IndexSearcher searcher;
    private final StoredFields stored;

    IndexedCorpusLayer(DirectoryReader reader) throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.stored = reader.storedFields();
    }

    @Override
    public int articleCount() throws IOException {
        return searcher.count(new FieldExistsQuery(ArticleFields.PATH));
    }

    @Override
    public List<Analysis> analyses(Collection<String> articleIds) throws IOException {
        return read(ArticleFields.ID, articleIds, ArticleFields.ANALYSIS, Json::readAnalysis);
    }

    @Override
    public List<StoredEntity> entitiesWithKeys(Collection<String> keys) throws IOException {
        return entities(CorpusFields.ENTITY_KEY, keys);
    }

    @Override
    public List<StoredEntity> entitiesWithSignatures(Collection<String> signatures) throws IOException {
        return entities(CorpusFields.ENTITY_SIGNATURE, signatures);
    }

    @Override
    public List<StoredEntity> entitiesWithStems(Collection<String> stems) throws IOException {
        return entities(CorpusFields.ENTITY_STEM, stems);
    }

    @Override
    public List<StoredEntity> entitiesOfArticles(Collection<String> articleIds) throws IOException {
        return entities(CorpusFields.ENTITY_ARTICLE, articleIds);
    }

    @Override
    public List<StoredMergedFact> factsInBuckets(Collection<String> buckets) throws IOException {
        return facts(CorpusFields.FACT_BUCKET, buckets);
    }

    @Override
    public List<StoredMergedFact> factsDependingOn(Collection<String> keys) throws IOException {
        return facts(CorpusFields.FACT_DEPENDENCY, keys);
    }

    @Override
    public List<StoredMergedFact> factsFromArticles(Collection<String> articleIds) throws IOException {
        return facts(CorpusFields.FACT_SOURCE, articleIds);
    }

    private List<StoredEntity> entities(String field, Collection<String> values) throws IOException {
        return read(field, values, CorpusFields.RECORD, bytes -> Json.readBytes(bytes, StoredEntity.class));
    }

    private List<StoredMergedFact> facts(String field, Collection<String> values) throws IOException {
        return read(field, values, CorpusFields.RECORD, bytes -> Json.readBytes(bytes, StoredMergedFact.class));
    }

    /** The stored field {@code stored} of every live document with any of {@code values} in {@code field}. */
    private <T> List<T> read(String field, Collection<String> values, String storedField, Function<byte[], T> parse)
            throws IOException {
        List<T> out = new ArrayList<>();
        if (values.isEmpty()) {
            return out;
        }
        Query query = new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
        Set<String> only = Set.of(storedField);
        LiveHits.forEach(searcher, query, doc -> {
            BytesRef bytes = stored.document(doc, only).getBinaryValue(storedField);
            out.add(parse.apply(BytesRef.deepCopyOf(bytes).bytes));
        });
        return out;
    }
}
