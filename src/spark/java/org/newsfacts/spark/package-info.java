/**
 * The Spark front end ({@code bin/newsfacts-spark}, built with {@code mvn -P spark}): the same readers,
 * analyzer and index code as {@code newsfacts ingest}, run as {@code mapPartitions} tasks on a Spark cluster.
 * Each partition analyses its files with one {@link org.newsfacts.pipeline.ArticleAnalyzer} per executor JVM
 * and writes a Lucene shard; the driver merges the shards into the index, and the corpus layer is computed
 * on the executors by shuffles grouped by entity and event keys ({@link org.newsfacts.spark.SparkCorpusLayer}).
 * Spark stays out of the plain {@code newsfacts} jar: this package is compiled only under the {@code spark}
 * profile.
 */
package org.newsfacts.spark;
