package org.newsfacts.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.Fact;
import org.newsfacts.pipeline.AnalysisWorkers;

/**
 * One task: reads its slice of the inputs (files, Parquet rows) with the same readers and limits as
 * {@code ingest} ({@code --max-bytes}, {@code --date}), skips what the index has unchanged, analyses the rest
 * with the executor's {@link ExecutorAnalyzer} within {@code ingest}'s per-article time limit (its
 * {@link AnalysisWorkers}, one worker: a task is one core) and writes them into a Lucene shard with the same
 * {@link ArticleIndexer} as {@code ingest}, which it stages for the driver. Rejected inputs become rows, never
 * task failures. Returns small rows, each analysis when the corpus layer is computed on Spark, and the article
 * and fact records when tables were asked for.
 */
final class PartitionTask implements FlatMapFunction<Iterator<Source>, Emitted> {
    private static final long serialVersionUID = 1L;

    /**
     * What a task does besides indexing.
     *
     * @param staging            Hadoop folder for the shard
     * @param records            also return each article's and fact's FACTS-SCHEMA record (for {@code --tables})
     * @param analyses           also return each analysis (for the corpus layer computed on Spark)
     * @param failFirstAttemptOf the partition whose first attempt fails after staging its shard (tests), or -1
     * @param maxBytes           {@code --max-bytes}
     * @param defaultDate        {@code --date}, or null
     * @param timeout            {@code --timeout}
     */
    record Settings(String staging, boolean records, boolean analyses, int failFirstAttemptOf, long maxBytes,
                    String defaultDate, Duration timeout) implements Serializable {
    }

    private final Broadcast<KnownArticles> known;
    private final Settings settings;

    PartitionTask(Broadcast<KnownArticles> known, Settings settings) {
        this.known = known;
        this.settings = settings;
    }

    @Override
    public Iterator<Emitted> call(Iterator<Source> sources) throws IOException {
        TaskContext task = TaskContext.get();
        KnownArticles index = known.value();
        IngestConfig reading = new IngestConfig(settings.maxBytes(), settings.defaultDate());
        ArticleFileReader reader = new ArticleFileReader(reading);
        List<Emitted> out = new ArrayList<>();
        Path local = Files.createTempDirectory("newsfacts-shard-");
        long unchanged = 0;
        try {
            Written written;
            try (ArticleIndexer shard = ArticleIndexer.open(new IndexConfig(local, Integer.MAX_VALUE))) {
                written = new Written(shard, out, (long) task.partitionId() << 32);
                try (AnalysisWorkers workers = new AnalysisWorkers(1, settings.timeout(), ExecutorAnalyzer::get, written)) {
                    while (sources.hasNext()) {
                        try (Stream<Ingested> items = sources.next().read(reader, reading)) {
                            for (Iterator<Ingested> it = items.iterator(); it.hasNext(); ) {
                                Ingested item = it.next();
                                if (item instanceof Ingested.Rejected rejected) {
                                    out.add(Emitted.rejected(rejected.path(), rejected.reason()));
                                } else if (item instanceof Ingested.Read read) {
                                    if (index.unchanged(read.article())) {
                                        unchanged++;
                                    } else {
                                        workers.submit(read.article(), false);
                                    }
                                }
                            }
                        }
                    }
                    workers.finish();
                }
            }
            if (written.indexed > 0) {
                String name = String.format("part-%05d-task-%d", task.partitionId(), task.taskAttemptId());
                out.add(Emitted.shard(new ShardStore(settings.staging()).upload(local.toFile(), name), written.indexed));
            }
        } finally {
            LocalFolders.delete(local);
        }
        out.add(Emitted.unchanged(unchanged));
        if (task.partitionId() == settings.failFirstAttemptOf() && task.attemptNumber() == 0) {
            throw InjectedFailure.in(task.partitionId());
        }
        return out.iterator();
    }

    /** Where analyses go, on the task's thread, in input order: the shard, and the rows the settings ask for. */
    private final class Written implements AnalysisWorkers.Results {
        private final ArticleIndexer shard;
        private final List<Emitted> out;
        private final long order;
        long indexed;

        /** @param order the partition in the high bits: with the count below it, the order the shards are merged in */
        Written(ArticleIndexer shard, List<Emitted> out, long order) {
            this.shard = shard;
            this.out = out;
            this.order = order;
        }

        @Override
        public void analysed(Article article, boolean update, Analysis analysis) throws IOException {
            shard.put(analysis, article.text(), article.url());
            if (settings.records()) {
                out.add(Emitted.record(Emitted.Kind.ARTICLE, article.id(), Json.write(analysis.article())));
                for (Fact fact : analysis.facts()) {
                    out.add(Emitted.record(Emitted.Kind.FACT, article.id(), Json.write(fact)));
                }
            }
            if (settings.analyses()) {
                out.add(Emitted.analysis(article.id(), Json.write(analysis), order + indexed));
            }
            indexed++;
        }

        @Override
        public void rejected(Article article, String reason) {
            out.add(Emitted.rejected(article.path(), reason));
        }
    }
}
