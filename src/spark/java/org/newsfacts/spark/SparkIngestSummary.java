package org.newsfacts.spark;

import java.time.Duration;
import java.util.List;

/**
 * What a Spark ingest did.
 *
 * @param indexed   articles analysed and merged into the index (new or changed)
 * @param unchanged articles skipped because the index had them unchanged
 * @param rejected  inputs and articles that gave no analysis: path and reason
 * @param pruned    indexed articles dropped because their file is gone ({@code --prune})
 * @param shards    shards merged
 * @param analysis  time of the distributed job (read, analyse, write shards)
 * @param merge     time of the driver's merge, prune and corpus layer (computed on Spark, or updated on the driver)
 */
record SparkIngestSummary(long indexed, long unchanged, List<Rejection> rejected, long pruned, int shards, Duration analysis,
                          Duration merge) {
    /** One rejected input or article. */
    record Rejection(String path, String reason) {
    }
}
