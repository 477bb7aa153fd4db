package org.newsfacts.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.model.UsageException;
import scala.Tuple2;

/**
 * The driver of a Spark ingest. It opens the index (taking its write lock, as {@code ingest} does), broadcasts
 * what the index holds, lists the inputs (paths only) and runs one {@link PartitionTask} per partition. It
 * collects only small rows (shard locations, counts, rejected paths), merges the shards of the successful task
 * attempts with {@link ArticleIndexer#addShards}, prunes ({@code --prune}), and stores the corpus layer:
 * computed on the executors by {@link SparkCorpusLayer} from the analyses of the run when they are the whole
 * index (a first ingest, the bulk case), else updated on the driver for the changed articles as {@code ingest}
 * updates it (a re-run: the unchanged articles' analyses live only in the index). Staged shards, those of
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
        DriverLayer driverLayer = new DriverLayer();
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(config.index()), driverLayer)) {
            Map<String, String> before = indexer.pathToId();
            boolean layerOnSpark = before.isEmpty();
            if (layerOnSpark) {
                driverLayer.leaveToSpark();
            }
            Broadcast<KnownArticles> known = jsc.broadcast(new KnownArticles(before));
            List<SparkIngestSummary.Rejection> rejected = new ArrayList<>();
            PartitionTask.Settings settings = new PartitionTask.Settings(store.root(), tables, layerOnSpark,
                    config.failFirstAttemptOf(), config.ingest().maxBytes(), config.ingest().defaultDate(), config.timeout());
            JavaRDD<Emitted> out = sources(spark, jsc, rejected).mapPartitions(new PartitionTask(known, settings));
            if (tables || layerOnSpark) {
                out.persist(StorageLevel.MEMORY_AND_DISK()); // records and analyses are used after the merge
            }
            long started = System.nanoTime();
            List<Emitted> small = out.filter(e -> e.kind().small()).collect();
            long analysed = System.nanoTime();
            List<String> shards = small.stream().filter(e -> e.kind() == Emitted.Kind.SHARD).map(Emitted::key)
                    .sorted(Comparator.naturalOrder()).toList(); // partition order: the last copy of a text wins
            long indexed = merge(indexer, store, shards);
            long pruned = 0;
            if (config.prune()) {
                for (String gone : GoneFiles.of(jsc, before.keySet())) {
                    indexer.deletePath(gone);
                    pruned++;
                }
            }
            if (layerOnSpark) {
                SparkCorpusLayer layer = new SparkCorpusLayer(lastCopies(out));
                try {
                    indexer.replaceCorpusLayer(layer.entities(), layer.facts());
                } finally {
                    layer.release();
                }
            } else {
                indexer.finish();
            }
            long merged = System.nanoTime();
            small.stream().filter(e -> e.kind() == Emitted.Kind.REJECTED)
                    .forEach(e -> rejected.add(new SparkIngestSummary.Rejection(e.key(), e.value())));
            if (tables) {
                new TableWriter(spark, config.tables()).write(out, rejected, config.index());
            }
            out.unpersist();
            known.destroy();
            long unchanged = small.stream().filter(e -> e.kind() == Emitted.Kind.UNCHANGED)
                    .mapToLong(Emitted::count).sum();
            return new SparkIngestSummary(indexed, unchanged, List.copyOf(rejected), pruned, shards.size(),
                    Duration.ofNanos(analysed - started), Duration.ofNanos(merged - analysed));
        } finally {
            store.delete();
        }
    }

    /**
     * Article id → analysis JSON of the copy the merged index kept when one text came in several files: the
     * last in merge order, as {@link ArticleIndexer#addShards} keeps it.
     */
    private static JavaPairRDD<String, String> lastCopies(JavaRDD<Emitted> out) {
        return out.filter(e -> e.kind() == Emitted.Kind.ANALYSIS)
                .mapToPair(e -> new Tuple2<>(e.key(), new Tuple2<>(e.count(), e.value())))
                .reduceByKey((a, b) -> a._1() >= b._1() ? a : b)
                .mapValues(Tuple2::_2);
    }

    /**
     * The input files (listed on the driver: paths only) and the rows of Parquet inputs, read by the executors.
     * An input that cannot be listed or read as Parquet is added to {@code rejected}, as a missing file would be.
     */
    private JavaRDD<Source> sources(SparkSession spark, JavaSparkContext jsc, List<SparkIngestSummary.Rejection> rejected) {
        List<Path> local = new ArrayList<>();
        List<String> remote = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (String input : config.inputs()) {
            if (ParquetInput.is(input)) {
                parquet.add(input);
            } else if (HadoopFiles.isUri(input)) {
                remote.add(input);
            } else {
                local.add(Path.of(input));
            }
        }
        List<Source> files = new ArrayList<>(new CorpusWalker(config.ingest()).files(local)
                .map(file -> Source.file(file.toString())).toList());
        for (String input : remote) {
            try {
                HadoopFiles.list(input).forEach(f -> files.add(Source.file(f)));
            } catch (IOException | RuntimeException e) {
                rejected.add(new SparkIngestSummary.Rejection(input, "cannot list: " + e.getMessage()));
            }
        }
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
