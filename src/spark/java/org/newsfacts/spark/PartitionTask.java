package org.newsfacts.spark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.newsfacts.model.ArticleRejectedException;
import org.newsfacts.model.Fact;
import org.newsfacts.pipeline.ArticleAnalyzer;

/**
 * One task: reads its slice of the inputs (files, Parquet rows) with the same readers as {@code ingest}, skips what the index
 * has unchanged, analyses the rest with the executor's {@link ExecutorAnalyzer} and writes them into a Lucene
 * shard with the same {@link ArticleIndexer} as {@code ingest}, which it stages for the driver. Rejected
 * inputs become rows, never task failures. Returns small rows, plus the article and fact records when tables
 * were asked for.
 */
final class PartitionTask implements FlatMapFunction<Iterator<Source>, Emitted> {
    private static final long serialVersionUID = 1L;

    private final Broadcast<KnownArticles> known;
    private final String staging;
    private final boolean records;
    private final int failFirstAttemptOf;

    /**
     * @param records            also return each article's and fact's FACTS-SCHEMA record (for {@code --tables})
     * @param failFirstAttemptOf the partition whose first attempt fails after staging its shard (tests), or -1
     */
    PartitionTask(Broadcast<KnownArticles> known, String staging, boolean records, int failFirstAttemptOf) {
        this.known = known;
        this.staging = staging;
        this.records = records;
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    @Override
    public Iterator<Emitted> call(Iterator<Source> sources) throws IOException {
        TaskContext task = TaskContext.get();
        KnownArticles index = known.value();
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());
        List<Emitted> out = new ArrayList<>();
        Path local = Files.createTempDirectory("newsfacts-shard-");
        long indexed = 0;
        long unchanged = 0;
        try {
            try (ArticleIndexer shard = ArticleIndexer.open(new IndexConfig(local, Integer.MAX_VALUE))) {
                while (sources.hasNext()) {
                    try (Stream<Ingested> items = sources.next().read(reader)) {
                        for (Iterator<Ingested> it = items.iterator(); it.hasNext(); ) {
                            Ingested item = it.next();
                            if (item instanceof Ingested.Rejected rejected) {
                                out.add(Emitted.rejected(rejected.path(), rejected.reason()));
                            } else if (item instanceof Ingested.Read read) {
                                if (index.unchanged(read.article())) {
                                    unchanged++;
                                } else if (analyse(read.article(), shard, out)) {
                                    indexed++;
                                }
                            }
                        }
                    }
                }
            }
            if (indexed > 0) {
                String name = String.format("part-%05d-task-%d", task.partitionId(), task.taskAttemptId());
                out.add(Emitted.shard(new ShardStore(staging).upload(local.toFile(), name), indexed));
            }
        } finally {
            LocalFolders.delete(local);
        }
        out.add(Emitted.unchanged(unchanged));
        if (task.partitionId() == failFirstAttemptOf && task.attemptNumber() == 0) {
            throw InjectedFailure.in(task.partitionId());
        }
        return out.iterator();
    }

    /** Analyses and indexes one article; false (and a rejected row) when it cannot be analysed. */
    private boolean analyse(Article article, ArticleIndexer shard, List<Emitted> out) throws IOException {
        ArticleAnalyzer analyzer = ExecutorAnalyzer.get();
        Analysis analysis;
        try {
            analyzer.prepareFor(article);
            analysis = analyzer.analyze(article);
        } catch (ArticleRejectedException e) {
            out.add(Emitted.rejected(article.path(), e.getMessage()));
            return false;
        } catch (RuntimeException e) {
            out.add(Emitted.rejected(article.path(), "analysis failed: " + e));
            return false;
        }
        shard.put(analysis, article.text());
        if (records) {
            out.add(Emitted.record(Emitted.Kind.ARTICLE, article.id(), Json.write(analysis.article())));
            for (Fact fact : analysis.facts()) {
                out.add(Emitted.record(Emitted.Kind.FACT, article.id(), Json.write(fact)));
            }
        }
        return true;
    }
}
