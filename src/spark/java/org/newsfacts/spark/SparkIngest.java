package org.newsfacts.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.model.UsageException;

/**
 * The driver of a Spark ingest. It opens the index (taking its write lock, as {@code ingest} does), broadcasts
 * what the index holds, lists the input files and runs one {@link PartitionTask} per partition. It collects
 * only small rows (shard locations, counts, rejected paths), merges the shards of the successful task
 * attempts with {@link ArticleIndexer#addShards} and builds the corpus layer with the same
 * {@link CorpusLayerFactory} as {@code ingest}, on the driver from the merged index. Staged shards, those of
 * failed attempts included, are deleted at the end.
 */
final class SparkIngest {
    /** Files per partition the automatic choice aims at, so one task's rows stay small. */
    private static final int FILES_PER_PARTITION = 250;

    private final SparkIngestConfig config;

    SparkIngest(SparkIngestConfig config) {
        this.config = config;
    }

    SparkIngestSummary run(SparkSession spark) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ShardStore store = new ShardStore(config.staging() != null ? config.staging() : defaultStaging());
        boolean tables = config.tables() != null;
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(config.index()),
                CorpusLayerFactory.of(Gazetteer.bundled()))) {
            Broadcast<KnownArticles> known = jsc.broadcast(new KnownArticles(indexer.pathToId()));
            List<SparkIngestSummary.Rejection> rejected = new ArrayList<>();
            JavaRDD<Emitted> out = sources(spark, jsc, rejected)
                    .mapPartitions(new PartitionTask(known, store.root(), tables, config.failFirstAttemptOf()));
            if (tables) {
                out.persist(StorageLevel.MEMORY_AND_DISK()); // the records are written after the index is merged
            }
            long started = System.nanoTime();
            List<Emitted> small = out.filter(e -> e.kind().small()).collect();
            long analysed = System.nanoTime();
            List<String> shards = small.stream().filter(e -> e.kind() == Emitted.Kind.SHARD).map(Emitted::key)
                    .sorted(Comparator.naturalOrder()).toList(); // partition order: the last copy of a text wins
            long indexed = merge(indexer, store, shards);
            indexer.finish();
            long merged = System.nanoTime();
            small.stream().filter(e -> e.kind() == Emitted.Kind.REJECTED)
                    .forEach(e -> rejected.add(new SparkIngestSummary.Rejection(e.key(), e.value())));
            if (tables) {
                new TableWriter(spark, config.tables()).write(out, rejected, config.index());
                out.unpersist();
            }
            known.destroy();
            long unchanged = small.stream().filter(e -> e.kind() == Emitted.Kind.UNCHANGED)
                    .mapToLong(Emitted::count).sum();
            return new SparkIngestSummary(indexed, unchanged, List.copyOf(rejected), shards.size(),
                    Duration.ofNanos(analysed - started), Duration.ofNanos(merged - analysed));
        } finally {
            store.delete();
        }
    }

    /**
     * The input files (walked on the driver: paths only) and the rows of Parquet inputs, read by the executors.
     * A Parquet input that cannot be read is added to {@code rejected}, as a missing file would be.
     */
    private JavaRDD<Source> sources(SparkSession spark, JavaSparkContext jsc, List<SparkIngestSummary.Rejection> rejected) {
        List<Path> roots = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : config.inputs()) {
            if (ParquetInput.is(input)) {
                parquet.add(input);
            } else {
                roots.add(Path.of(input));
            }
        }
        List<Source> files = new CorpusWalker(IngestConfig.defaults()).files(roots)
                .map(file -> Source.file(file.toString())).toList();
        int partitions = config.partitions() > 0 ? config.partitions()
                : Math.max(2 * jsc.defaultParallelism(), (files.size() + FILES_PER_PARTITION - 1) / FILES_PER_PARTITION);
        JavaRDD<Source> all = jsc.parallelize(files, Math.max(1, Math.min(partitions, Math.max(1, files.size()))));
        for (String table : parquet) {
            try {
                all = all.union(ParquetInput.rows(spark, table));
            } catch (UsageException e) {
                rejected.add(new SparkIngestSummary.Rejection(table, e.getMessage()));
            }
        }
        return all;
    }

    /** Adds the staged shards to the index; returns how many articles they held. */
    private static long merge(ArticleIndexer indexer, ShardStore store, List<String> shards) throws IOException {
        if (shards.isEmpty()) {
            return 0;
        }
        File scratch = ShardStore.scratch();
        try {
            List<Path> local = new ArrayList<>(shards.size());
            for (String shard : shards) {
                local.add(store.local(shard, scratch).toPath());
            }
            return indexer.addShards(local);
        } finally {
            LocalFolders.delete(scratch.toPath());
        }
    }

    private String defaultStaging() {
        Path index = config.index().toAbsolutePath().normalize();
        String name = index.getFileName() == null ? "index" : index.getFileName().toString();
        return index.resolveSibling("." + name + ".spark-" + UUID.randomUUID().toString().substring(0, 8)
                .toLowerCase(Locale.ROOT)).toUri().toString();
    }
}
