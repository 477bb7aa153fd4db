package org.newsfacts.spark;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.newsfacts.config.ConfigException;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NlpConfig;

/**
 * One Spark ingest, as the command line gave it.
 *
 * @param inputs             article files or folders (local paths, or Hadoop URIs: {@code hdfs://}, {@code s3a://},
 *                           {@code file:}), or Parquet tables ({@code .parquet}, any Hadoop path)
 * @param index              the index folder on the driver
 * @param tables             folder for the Parquet tables (any Hadoop path), or null for none
 * @param partitions         partitions of the input files; 0 chooses from the cluster's parallelism
 * @param staging            Hadoop folder where tasks leave their shards; null for one beside the index (local)
 * @param failFirstAttemptOf the partition whose first attempt fails after staging its shard (fault tests); -1 none
 * @param ingest             how articles are read ({@code --max-bytes}, {@code --date}), as {@code ingest} reads them
 * @param timeout            per-article analysis time limit ({@code --timeout})
 * @param prune              drop indexed articles whose files are gone ({@code --prune})
 */
record SparkIngestConfig(List<String> inputs, Path index, String tables, int partitions, String staging,
                         int failFirstAttemptOf, IngestConfig ingest, Duration timeout, boolean prune) {
    SparkIngestConfig {
        if (inputs == null || inputs.isEmpty()) {
            throw new ConfigException("at least one input is required");
        }
        if (index == null) {
            throw new ConfigException("index directory is required");
        }
        if (partitions < 0) {
            throw new ConfigException("partitions must be positive, got " + partitions);
        }
        NlpConfig.defaults().withArticleTimeout(timeout); // the same check as ingest's
        inputs = List.copyOf(inputs);
    }

    static SparkIngestConfig of(List<String> inputs, Path index) {
        return new SparkIngestConfig(inputs, index, null, 0, null, -1, IngestConfig.defaults(),
                NlpConfig.defaults().articleTimeout(), false);
    }

    SparkIngestConfig withTables(String folder) {
        return new SparkIngestConfig(inputs, index, folder, partitions, staging, failFirstAttemptOf, ingest, timeout, prune);
    }

    SparkIngestConfig withPartitions(int n) {
        return new SparkIngestConfig(inputs, index, tables, n, staging, failFirstAttemptOf, ingest, timeout, prune);
    }

    SparkIngestConfig withStaging(String folder) {
        return new SparkIngestConfig(inputs, index, tables, partitions, folder, failFirstAttemptOf, ingest, timeout, prune);
    }

    SparkIngestConfig failingFirstAttemptOf(int partition) {
        return new SparkIngestConfig(inputs, index, tables, partitions, staging, partition, ingest, timeout, prune);
    }

    /** {@code --max-bytes} and {@code --date}. */
    SparkIngestConfig reading(IngestConfig config) {
        return new SparkIngestConfig(inputs, index, tables, partitions, staging, failFirstAttemptOf, config, timeout, prune);
    }

    SparkIngestConfig withTimeout(Duration limit) {
        return new SparkIngestConfig(inputs, index, tables, partitions, staging, failFirstAttemptOf, ingest, limit, prune);
    }

    SparkIngestConfig pruning(boolean drop) {
        return new SparkIngestConfig(inputs, index, tables, partitions, staging, failFirstAttemptOf, ingest, timeout, drop);
    }
}
