package org.newsfacts.spark;

import java.io.Serializable;

/**
 * What a partition task hands back: small rows for the driver (its shard, rejected inputs, counts) and rows
 * that stay on the executors: each analysis, for the corpus layer, and when tables are asked for, one row
 * per article or fact as FACTS-SCHEMA JSON, until written as Parquet.
 *
 * @param kind  what the row is
 * @param key   shard location, rejected path or article id
 * @param value reason, JSON record, or null
 * @param count articles in the shard, articles skipped as unchanged, or an analysis's place in the order
 *              the shards are merged in (the last copy of a text wins)
 */
record Emitted(Kind kind, String key, String value, long count) implements Serializable {
    enum Kind {
        /** A shard written by a successful task: key = its location, count = its articles. */
        SHARD,
        /** Articles this task skipped because the index has them unchanged: count. */
        UNCHANGED,
        /** An input that gave no article, or an article that could not be analysed: key = path, value = reason. */
        REJECTED,
        /** An article record (FACTS-SCHEMA) as JSON: value. */
        ARTICLE,
        /** A fact record (FACTS-SCHEMA) as JSON: value. */
        FACT,
        /** An article's whole analysis as the index stores it, JSON: key = article id, value, count = merge order. */
        ANALYSIS;

        /** Rows the driver collects (a few per task or per rejected input); the others stay distributed. */
        boolean small() {
            return this == SHARD || this == UNCHANGED || this == REJECTED;
        }
    }

    static Emitted shard(String location, long articles) {
        return new Emitted(Kind.SHARD, location, null, articles);
    }

    static Emitted unchanged(long articles) {
        return new Emitted(Kind.UNCHANGED, null, null, articles);
    }

    static Emitted rejected(String path, String reason) {
        return new Emitted(Kind.REJECTED, path, reason, 0);
    }

    static Emitted analysis(String id, String json, long order) {
        return new Emitted(Kind.ANALYSIS, id, json, order);
    }

    static Emitted record(Kind kind, String id, String json) {
        return new Emitted(kind, id, json, 0);
    }
}
