package org.newsfacts.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.ArticleIndexer;

/**
 * Writes generated articles through {@link ArticleIndexer}, the ingest's own writer, so the index has the
 * real document layout (stored analysis, entity fields, facets); at each checkpoint it commits and notes
 * elapsed time and size on disk, which is what the scale notes report.
 */
public final class SyntheticIndexBuilder {
    /** Articles between commits: a bulk build needs no crash safety every 50 articles. */
    private static final int COMMIT_EVERY = 10_000;
    /** Every this many articles one text is kept, to draw phrase queries that do occur. */
    private static final int SAMPLE_EVERY = 500;

    /** Size and build time of the index after {@code articles} articles. */
    public record Checkpoint(int articles, double seconds, long bytes) {
    }

    /** What was built: checkpoints (the last is the whole index) and sample texts. */
    public record Build(List<Checkpoint> checkpoints, List<String> sampleTexts) {
    }

    private final SyntheticArticleGenerator generator;

    public SyntheticIndexBuilder(SyntheticArticleGenerator generator) {
        this.generator = generator;
    }

    /** Builds an index of {@code articles} generated articles in {@code directory}, which must not hold one yet. */
    public Build build(Path directory, int articles, Set<Integer> checkpointsAt) throws IOException {
        if (Files.exists(directory) && !isEmptyFolder(directory)) {
            throw new IOException("refusing to build over existing files in " + directory);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        long started = System.nanoTime();
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(directory, COMMIT_EVERY),
                CorpusLayerFactory.of(Gazetteer.bundled()))) {
            for (int i = 1; i <= articles; i++) {
                SyntheticArticle article = generator.next(String.format("synthetic/%06d.txt", i));
                indexer.put(article.analysis(), article.article().text());
                if (i % SAMPLE_EVERY == 1) {
                    samples.add(article.article().text());
                }
                if (checkpointsAt.contains(i) && i < articles) {
                    indexer.finish(); // with the corpus layer, as an ingest ending here would leave it
                    checkpoints.add(new Checkpoint(i, seconds(started), size(directory)));
                }
            }
        }
        checkpoints.add(new Checkpoint(articles, seconds(started), size(directory)));
        return new Build(checkpoints, samples);
    }

    /** The sample texts {@link #build} keeps, regenerated without writing anything (to reuse a built index). */
    public List<String> samplesOnly(int articles) {
        List<String> samples = new ArrayList<>();
        for (int i = 1; i <= articles; i++) {
            SyntheticArticle article = generator.next(String.format("synthetic/%06d.txt", i));
            if (i % SAMPLE_EVERY == 1) {
                samples.add(article.article().text());
            }
        }
        return samples;
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static boolean isEmptyFolder(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    /** Bytes of the files in the index folder (merges may still leave old segments until the next commit). */
    static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0; // deleted by a merge while we walked
                }
            }).sum();
        }
    }
}
