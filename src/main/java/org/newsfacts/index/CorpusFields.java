package org.newsfacts.index;

/**
 * Field names of the corpus layer's documents, which live in the article index beside the articles and
 * carry none of the article fields (no {@code id}, {@code path} or text), so article queries never see them.
 * Every corpus document has {@link #KIND}; the article documents are those with a {@link ArticleFields#PATH}.
 */
public final class CorpusFields {
    /** What every field name of a corpus document begins with, and no article field's does. */
    public static final String PREFIX = "corpus_";

    /** {@code entity} or {@code merged_fact}. */
    public static final String KIND = "corpus_kind";
    public static final String KIND_ENTITY = "entity";
    public static final String KIND_FACT = "merged_fact";
    /** The stored record, as JSON ({@link org.newsfacts.model.StoredEntity} or {@link org.newsfacts.model.StoredMergedFact}). */
    public static final String RECORD = "corpus_record";
    /**
     * What a listing, a lookup or an export shows of a record, as JSON ({@link org.newsfacts.model.CorpusEntity}
     * or {@link org.newsfacts.model.MergedFact}), in binary doc values (layout 3 on). Doc values are read by
     * document id without decompressing a block of stored fields: a listing reads its records in sort order,
     * one here and one there, where each stored-field read decompressed a block of neighbouring records, and
     * the records of hub entities (every article naming them, and what each gave) are large.
     */
    public static final String SUMMARY = "corpus_summary";

    /** Entity id (term and sort). */
    public static final String ENTITY_ID = "corpus_entity_id";
    public static final String ENTITY_TYPE = "corpus_entity_type";
    /** Grouping keys merged into the entity. */
    public static final String ENTITY_KEY = "corpus_entity_key";
    public static final String ENTITY_FOLDED = "corpus_entity_folded";
    public static final String ENTITY_ALIAS = "corpus_entity_alias";
    public static final String ENTITY_SURNAME = "corpus_entity_surname";
    /** The name lowercased ({@code Locale.ROOT}), for prefix lookups. */
    public static final String ENTITY_LOWER = "corpus_entity_lower";
    /** Sort fields: most articles, then most mentions, then name, then id. */
    public static final String ENTITY_ARTICLES = "corpus_entity_articles";
    public static final String ENTITY_MENTIONS = "corpus_entity_mentions";
    public static final String ENTITY_NAME = "corpus_entity_name";

    /** What an incremental update looks entities up by: person-key signatures, id stems, the articles naming them. */
    public static final String ENTITY_SIGNATURE = "corpus_entity_signature";
    public static final String ENTITY_STEM = "corpus_entity_stem";
    public static final String ENTITY_ARTICLE = "corpus_entity_article";

    public static final String FACT_TYPE = "corpus_fact_type";
    public static final String FACT_PRINCIPAL = "corpus_fact_principal";
    public static final String FACT_ENTITY = "corpus_fact_entity";
    /** Sort field: the listing order of merged facts. */
    public static final String FACT_ORDER = "corpus_fact_order";
    /** What an incremental update looks merged facts up by: bucket, the keys they depend on, their source articles. */
    public static final String FACT_BUCKET = "corpus_fact_bucket";
    public static final String FACT_DEPENDENCY = "corpus_fact_dependency";
    public static final String FACT_SOURCE = "corpus_fact_source";

    /** Commit user data: whether the corpus layer matches the articles of the same commit. */
    public static final String COMMIT_STATE = "newsfacts.corpus_layer";
    public static final String FRESH = "fresh";
    public static final String STALE = "stale";
    /**
     * Commit user data: the layout of the layer's documents. Only a fresh layer of the current layout is
     * updated incrementally; any other is recomputed in full by the next ingest (and read as it is meanwhile).
     */
    public static final String LAYOUT = "newsfacts.corpus_layer_layout";
    public static final String CURRENT_LAYOUT = "3";

    private CorpusFields() {
    }

    /** Whether {@code field} is one of the corpus layer's fields (never one of an article's). */
    public static boolean isCorpusField(String field) {
        return field.startsWith(PREFIX);
    }
}
