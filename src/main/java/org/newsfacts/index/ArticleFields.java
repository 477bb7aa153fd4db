package org.newsfacts.index;

import java.util.Locale;
import org.apache.lucene.facet.FacetsConfig;
import org.newsfacts.model.EntityType;

/**
 * The names of the fields and facet dimensions of an article document: the contract between
 * {@link ArticleIndexer}, which writes them, and the {@code search} package, which reads them.
 * See the package documentation for what each field holds and how it is indexed.
 */
public final class ArticleFields {
    /** Article id; exact StringField, stored, plus SortedDocValues. */
    public static final String ID = "id";
    /** Path as ingested; exact StringField, stored, plus SortedDocValues. */
    public static final String PATH = "path";
    /** Headline; analyzed, stored. */
    public static final String TITLE = "title";
    /** Publication day: LongPoint and NumericDocValues on the epoch day, and the stored YYYY-MM-DD string. */
    public static final String DATE = "date";
    /** Detected language code, lowercased; stored. */
    public static final String LANGUAGE = "language";
    /** Article body; analyzed, stored, with offsets in the postings for the UnifiedHighlighter. */
    public static final String TEXT = "text";
    /**
     * The body again as pairs of neighbouring words ("space station"), with positions, not stored: an exact
     * phrase is found through its pairs, so a phrase of common words does not mean checking the positions of
     * every article (Elasticsearch's {@code index_phrases}).
     */
    public static final String TEXT_PAIRS = "text_pairs";
    /** The address the article's file gives as its source ({@code url}, canonical link), stored only, when there is one. */
    public static final String URL = "url";
    /** Every entity name and alias, analyzed, not stored: finds an entity by any spelling. */
    public static final String ENTITY = "entity";
    /** Each fact type present, lowercased ({@code leadership_change}). */
    public static final String FACT_TYPE = "fact_type";
    /** The whole {@link org.newsfacts.model.Analysis} as JSON bytes, stored only. */
    public static final String ANALYSIS = "analysis";
    /** Prefix of the per-type exact entity fields such as {@code entity_agency}. */
    public static final String ENTITY_PREFIX = "entity_";
    /** Facet dimension of the fact types present (values: FactType names). */
    public static final String FACT_TYPE_DIM = "fact_type";

    private ArticleFields() {
    }

    /** The exact, lowercased entity field of one type: {@code entity_agency}. */
    public static String entityField(EntityType type) {
        return ENTITY_PREFIX + type.name().toLowerCase(Locale.ROOT);
    }

    /** The facet dimension of one entity type: {@code entity_PERSON}; values are canonical names. */
    public static String entityDim(EntityType type) {
        return ENTITY_PREFIX + type.name();
    }

    /** Fields holding one untouched term (ids, paths), never lowercased or folded. */
    static boolean isExact(String field) {
        return ID.equals(field) || PATH.equals(field);
    }

    /** Fields holding one whole value, matched case- and accent-insensitively. */
    static boolean isKeyword(String field) {
        return field.startsWith(ENTITY_PREFIX) || FACT_TYPE.equals(field) || LANGUAGE.equals(field);
    }

    /**
     * The facets configuration writers and readers must share: every dimension is multi-valued,
     * since an article names several people and may hold several fact types.
     */
    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (EntityType type : EntityType.values()) {
            config.setMultiValued(entityDim(type), true);
        }
        config.setMultiValued(FACT_TYPE_DIM, true);
        return config;
    }
}
