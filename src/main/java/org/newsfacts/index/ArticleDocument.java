package org.newsfacts.index;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Turns one analysed article into its Lucene document, laid out as the package documentation describes. */
final class ArticleDocument {
    /** Stored body with offsets in the postings, so highlighting never re-analyses the text. */
    private static final FieldType TEXT_TYPE = textType();
    /** Word pairs never score (no norms, no frequencies needed), but phrases of three words need their positions. */
    private static final FieldType PAIRS_TYPE = pairsType();

    private final FoldingAnalyzer analyzer;
    private final FacetsConfig facets;

    ArticleDocument(FoldingAnalyzer analyzer, FacetsConfig facets) {
        this.analyzer = analyzer;
        this.facets = facets;
    }

    Document build(Analysis analysis, String text, String url) throws IOException {
        ArticleRecord article = analysis.article();
        Document doc = new Document();
        doc.add(new StringField(ArticleFields.ID, article.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.ID, new BytesRef(article.id())));
        doc.add(new StringField(ArticleFields.PATH, article.path(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ArticleFields.PATH, new BytesRef(article.path())));
        if (article.title() != null) {
            doc.add(new TextField(ArticleFields.TITLE, article.title(), Field.Store.YES));
        }
        addDate(doc, article.date());
        if (article.language() != null) {
            String language = analyzer.keyword(ArticleFields.LANGUAGE, article.language());
            doc.add(new StringField(ArticleFields.LANGUAGE, language, Field.Store.YES));
        }
        if (url != null && !url.isBlank()) {
            doc.add(new StoredField(ArticleFields.URL, url));
        }
        doc.add(new Field(ArticleFields.TEXT, text, TEXT_TYPE));
        doc.add(new Field(ArticleFields.TEXT_PAIRS, text, PAIRS_TYPE));
        analysis.entities().forEach(entity -> addEntity(doc, entity));
        analysis.facts().stream().map(Fact::type).distinct().forEach(type -> addFactType(doc, type));
        doc.add(new StoredField(ArticleFields.ANALYSIS, Json.writeBytes(analysis)));
        return facets.build(doc);
    }

    /**
     * A date that does not parse (never expected from ingest) is left out: Lucene requires every
     * document's {@code date} to have the same point and doc-values shape. The analysis keeps it.
     */
    private static void addDate(Document doc, String date) {
        if (date == null) {
            return;
        }
        long day;
        try {
            day = LocalDate.parse(date).toEpochDay();
        } catch (DateTimeParseException e) {
            return;
        }
        doc.add(new LongPoint(ArticleFields.DATE, day));
        doc.add(new NumericDocValuesField(ArticleFields.DATE, day));
        doc.add(new StoredField(ArticleFields.DATE, date));
    }

    private void addEntity(Document doc, Entity entity) {
        Set<String> names = new LinkedHashSet<>();
        Stream.concat(Stream.of(entity.name()), entity.aliases().stream())
                .filter(name -> name != null && !name.isBlank())
                .forEach(names::add);
        if (names.isEmpty() || entity.type() == null) {
            return;
        }
        String field = ArticleFields.entityField(entity.type());
        Set<String> keywords = new LinkedHashSet<>();
        for (String name : names) {
            doc.add(new TextField(ArticleFields.ENTITY, name, Field.Store.NO));
            keywords.add(analyzer.keyword(field, name));
        }
        keywords.forEach(keyword -> doc.add(new StringField(field, keyword, Field.Store.NO)));
        // dates are values, not things to browse; the canonical name is the facet label
        if (entity.type() != EntityType.DATE && entity.name() != null && !entity.name().isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(ArticleFields.entityDim(entity.type()), entity.name().strip()));
        }
    }

    private void addFactType(Document doc, FactType type) {
        doc.add(new StringField(ArticleFields.FACT_TYPE, analyzer.keyword(ArticleFields.FACT_TYPE, type.name()),
                Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(ArticleFields.FACT_TYPE_DIM, type.name()));
    }

    private static FieldType pairsType() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
