package org.newsfacts.index;

import java.util.Locale;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/** Turns corpus-layer records into Lucene documents: keyword fields for lookups, doc values for listing order. */
final class CorpusDocuments {
    private CorpusDocuments() {
    }

    static Document entity(StoredEntity stored) {
        CorpusEntity e = stored.entity();
        Document doc = kind(CorpusFields.KIND_ENTITY);
        doc.add(new StringField(CorpusFields.ENTITY_ID, e.id(), Field.Store.NO));
        doc.add(new SortedDocValuesField(CorpusFields.ENTITY_ID, new BytesRef(e.id())));
        doc.add(new StringField(CorpusFields.ENTITY_TYPE, e.type().name(), Field.Store.NO));
        stored.keys().forEach(k -> doc.add(new StringField(CorpusFields.ENTITY_KEY, k, Field.Store.NO)));
        doc.add(new StringField(CorpusFields.ENTITY_FOLDED, stored.foldedName(), Field.Store.NO));
        stored.foldedAliases().forEach(a -> doc.add(new StringField(CorpusFields.ENTITY_ALIAS, a, Field.Store.NO)));
        if (stored.surname() != null) {
            doc.add(new StringField(CorpusFields.ENTITY_SURNAME, stored.surname(), Field.Store.NO));
        }
        doc.add(new StringField(CorpusFields.ENTITY_LOWER, e.name().toLowerCase(Locale.ROOT), Field.Store.NO));
        if (stored.maintenance() != null) {
            doc.add(new StringField(CorpusFields.ENTITY_STEM, stored.maintenance().stem(), Field.Store.NO));
            stored.maintenance().signatures().forEach(s -> doc.add(new StringField(CorpusFields.ENTITY_SIGNATURE, s, Field.Store.NO)));
        }
        stored.articles().stream().map(ArticleRecord::id).distinct()
                .forEach(a -> doc.add(new StringField(CorpusFields.ENTITY_ARTICLE, a, Field.Store.NO)));
        doc.add(new NumericDocValuesField(CorpusFields.ENTITY_ARTICLES, e.articles()));
        doc.add(new NumericDocValuesField(CorpusFields.ENTITY_MENTIONS, e.mentions()));
        doc.add(new SortedDocValuesField(CorpusFields.ENTITY_NAME, new BytesRef(e.name())));
        doc.add(new BinaryDocValuesField(CorpusFields.SUMMARY, new BytesRef(Json.writeBytes(e))));
        doc.add(new StoredField(CorpusFields.RECORD, Json.writeBytes(stored)));
        return doc;
    }

    static Document fact(StoredMergedFact stored) {
        Document doc = kind(CorpusFields.KIND_FACT);
        doc.add(new StringField(CorpusFields.FACT_TYPE, stored.fact().type().name(), Field.Store.NO));
        stored.principals().forEach(p -> doc.add(new StringField(CorpusFields.FACT_PRINCIPAL, p, Field.Store.NO)));
        stored.entities().forEach(p -> doc.add(new StringField(CorpusFields.FACT_ENTITY, p, Field.Store.NO)));
        doc.add(new SortedDocValuesField(CorpusFields.FACT_ORDER, new BytesRef(stored.listingKey())));
        if (stored.bucket() != null) {
            doc.add(new StringField(CorpusFields.FACT_BUCKET, stored.bucket(), Field.Store.NO));
        }
        stored.dependencies().forEach(k -> doc.add(new StringField(CorpusFields.FACT_DEPENDENCY, k, Field.Store.NO)));
        stored.fact().sources().stream().map(MergedFact.Source::article).distinct()
                .forEach(a -> doc.add(new StringField(CorpusFields.FACT_SOURCE, a, Field.Store.NO)));
        doc.add(new BinaryDocValuesField(CorpusFields.SUMMARY, new BytesRef(Json.writeBytes(stored.fact()))));
        doc.add(new StoredField(CorpusFields.RECORD, Json.writeBytes(stored)));
        return doc;
    }

    private static Document kind(String kind) {
        Document doc = new Document();
        doc.add(new StringField(CorpusFields.KIND, kind, Field.Store.NO));
        return doc;
    }
}
