package org.newsfacts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.ingest.StoredPath;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.FactType;

/**
 * Ingests folders into the index: walks, reads, skips what the index already has unchanged (without
 * loading any model), analyses the rest on {@link AnalysisWorkers} and writes each result as it arrives.
 * Articles are read one file at a time and only a bounded window is in flight, so memory does not grow with
 * the corpus: the run holds the list of file paths, the index's path → id map and counts, never the
 * articles. A rejected file or article is reported and the batch goes on.
 */
public final class IngestPipeline {
    /**
     * How long a stopped ingest may take to commit before the process ends anyway: the commit also updates the
     * corpus layer for the uncommitted articles, and 10 s is what Docker and Kubernetes-style supervisors grant by
     * default between SIGTERM and SIGKILL.
     */
    static final Duration COMMIT_ON_EXIT_WITHIN = Duration.ofSeconds(10);

    private final NewsfactsConfig config;
    private final Supplier<ArticleAnalyzer> analyzer;
    private final IngestListener listener;
    private final Deadlines deadlines;

    /** @param analyzer supplies the analyzer on first need, so an unchanged re-ingest never loads models */
    public IngestPipeline(NewsfactsConfig config, Supplier<ArticleAnalyzer> analyzer, IngestListener listener) {
        this(config, analyzer, listener, Deadlines.wallClock());
    }

    /** @param deadlines says when an article is over its time limit: the wall clock, or a test */
    public IngestPipeline(NewsfactsConfig config, Supplier<ArticleAnalyzer> analyzer, IngestListener listener,
                          Deadlines deadlines) {
        this.config = config;
        this.analyzer = analyzer;
        this.listener = listener;
        this.deadlines = deadlines;
    }

    public IngestSummary run(List<Path> roots, boolean prune) throws IOException {
        long started = System.nanoTime();
        Counters counters = new Counters();
        List<Path> files = new CorpusWalker(config.ingest()).files(roots).toList();
        listener.started(files.size());
        ArticleFileReader reader = new ArticleFileReader(config.ingest());
        try (ArticleIndexer indexer = ArticleIndexer.open(config.index(), CorpusLayerFactory.of(Gazetteer.bundled()));
             AnalysisWorkers workers = new AnalysisWorkers(config.threads(), config.nlp().articleTimeout(), deadlines,
                     analyzer, results(indexer, counters))) {
            Thread commitOnExit = commitOnExit(indexer, counters);
            try {
                ingest(files, reader, indexer, workers, counters, prune);
            } finally {
                removeHook(commitOnExit);
            }
        } finally {
            listener.finished();
        }
        return counters.summary(Duration.ofNanos(System.nanoTime() - started));
    }

    private void ingest(List<Path> files, ArticleFileReader reader, ArticleIndexer indexer, AnalysisWorkers workers,
                        Counters counters, boolean prune) throws IOException {
        Map<String, String> known = indexer.pathToId();
        Set<String> seen = new HashSet<>();
        for (Path file : files) {
            try (Stream<Ingested> items = reader.stream(file)) {
                for (Iterator<Ingested> it = items.iterator(); it.hasNext(); ) {
                    Ingested item = it.next();
                    if (item instanceof Ingested.Rejected rejected) {
                        reject(counters, rejected.path(), rejected.reason());
                    } else if (item instanceof Ingested.Read read) {
                        Article article = read.article();
                        seen.add(article.path());
                        if (article.id().equals(known.get(article.path())) || indexer.containsId(article.id())) {
                            counters.unchanged++;
                            continue;
                        }
                        workers.submit(article, known.containsKey(article.path()));
                    }
                }
            }
            listener.fileDone();
        }
        workers.finish();
        if (prune) {
            counters.pruned = prune(indexer, known, seen);
        }
        indexer.finish(); // the last articles, with the corpus layer updated for them in the same commit
    }

    /**
     * On SIGTERM or SIGINT the JVM runs shutdown hooks and then stops every thread where it stands: this one
     * commits what was indexed so far, waiting at most {@link #COMMIT_ON_EXIT_WITHIN} (the layer update for the pending articles and an fsync or two), so a
     * stopped ingest keeps its work and its rerun skips it. {@code kill -9} runs no hook: the last periodic
     * commit is what remains.
     */
    private Thread commitOnExit(ArticleIndexer indexer, Counters counters) {
        Thread hook = new Thread(() -> {
            long articles = counters.added + counters.updated;
            Thread commit = new Thread(() -> {
                try {
                    indexer.commit();
                } catch (IOException | RuntimeException e) {
                    // closed meanwhile or failing: the last commit stands
                }
            }, "newsfacts-commit-on-exit");
            commit.setDaemon(true);
            commit.start();
            boolean done;
            try {
                commit.join(COMMIT_ON_EXIT_WITHIN.toMillis());
                done = !commit.isAlive();
            } catch (InterruptedException e) {
                done = false;
            }
            listener.interrupted(articles, done);
        }, "newsfacts-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /** Writes each analysis as it arrives; an article that could not be analysed is reported and skipped. */
    private AnalysisWorkers.Results results(ArticleIndexer indexer, Counters counters) {
        return new AnalysisWorkers.Results() {
            @Override
            public void analysed(Article article, boolean update, Analysis analysis) throws IOException {
                indexer.put(analysis, article.text(), article.url());
                counters.count(analysis, update);
            }

            @Override
            public void rejected(Article article, String reason) {
                reject(counters, article.path(), reason);
            }
        };
    }

    /**
     * Drops indexed articles whose file is gone, judged by the file itself: stored paths are absolute and
     * bytes-safe ({@link StoredPath}), so neither the folder prune runs from nor an odd file name matters.
     * An article of a .jsonl file is gone with its file.
     */
    private static long prune(ArticleIndexer indexer, Map<String, String> known, Set<String> seen) throws IOException {
        long pruned = 0;
        for (String path : known.keySet()) {
            if (!seen.contains(path) && !exists(path)) {
                indexer.deletePath(path);
                pruned++;
            }
        }
        return pruned;
    }

    private static boolean exists(String stored) {
        try {
            return Files.exists(StoredPath.file(stored));
        } catch (RuntimeException unreadable) {
            return true; // a path we cannot even resolve is not proof that the file is gone
        }
    }

    private void reject(Counters counters, String path, String reason) {
        counters.rejected++;
        listener.rejected(path, reason);
    }

    /** Touched only by the thread running {@link #run}. */
    private static final class Counters {
        long added;
        long updated;
        long unchanged;
        long rejected;
        long pruned;
        long nonEnglish;
        long entities;
        long tokens;
        final Map<FactType, Long> facts = new TreeMap<>();

        void count(Analysis analysis, boolean update) {
            if (update) {
                updated++;
            } else {
                added++;
            }
            if (!"en".equals(analysis.article().language())) {
                nonEnglish++;
            }
            entities += analysis.entities().size();
            tokens += analysis.article().tokens();
            analysis.facts().forEach(f -> facts.merge(f.type(), 1L, Long::sum));
        }

        IngestSummary summary(Duration elapsed) {
            return new IngestSummary(added, updated, unchanged, rejected, pruned, nonEnglish, entities, facts, tokens, elapsed);
        }
    }
}
