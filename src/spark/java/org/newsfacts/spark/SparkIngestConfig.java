package org.newsfacts.spark;

import java.nio.file.Path;
import java.util.List;
import org.newsfacts.config.ConfigException;

/**
 * One Spark ingest, as the command line gave it.
 *
 * @param inputs             article files or folders (local), or Parquet tables ({@code .parquet}, any Hadoop path)
 * @param index              the index folder on the driver
 * @param tables             folder for the Parquet tables (any Hadoop path), or null for none
 * @param partitions         partitions of the input files; 0 chooses from the cluster's parallelism
 * @param staging            Hadoop folder where tasks leave their shards; null for one beside the index (local)
 * @param failFirstAttemptOf the partition whose first attempt fails after staging its shard (fault tests); -1 none
 */
record SparkIngestConfig(List<String> inputs, Path index, String tables, int partitions, String staging,
                         int failFirstAttemptOf) {
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
        inputs = List.copyOf(inputs);
    }

    static SparkIngestConfig of(List<String> inputs, Path index) {
        return new SparkIngestConfig(inputs, index, null, 0, null, -1);
    }

    SparkIngestConfig withTables(String folder) {
        return new SparkIngestConfig(inputs, index, folder, partitions, staging, failFirstAttemptOf);
    }

    SparkIngestConfig withPartitions(int n) {
        return new SparkIngestConfig(inputs, index, tables, n, staging, failFirstAttemptOf);
    }

    SparkIngestConfig withStaging(String folder) {
        return new SparkIngestConfig(inputs, index, tables, partitions, folder, failFirstAttemptOf);
    }

    SparkIngestConfig failingFirstAttemptOf(int partition) {
        return new SparkIngestConfig(inputs, index, tables, partitions, staging, partition);
    }
}
