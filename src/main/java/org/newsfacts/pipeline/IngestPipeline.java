package org.newsfacts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.model.FactType;

/**
 * Ingests folders into the index: walks, reads, skips what the index already has unchanged (without
 * loading any model), analyses the rest on worker threads and writes each result as it arrives. Only a
 * bounded window of articles is in flight, so memory does not grow with the corpus; a rejected file
 * or article is reported and the batch goes on.
 */
public final class IngestPipeline {
    private final NewsfactsConfig config;
    private final Supplier<ArticleAnalyzer> analyzer;
    private final IngestListener listener;

    /** @param analyzer supplies the analyzer on first need, so an unchanged re-ingest never loads models */
    public IngestPipeline(NewsfactsConfig config, Supplier<ArticleAnalyzer> analyzer, IngestListener listener) {
        this.config = config;
        this.analyzer = analyzer;
        this.listener = listener;
    }

    public IngestSummary run(List<Path> roots, boolean prune) throws IOException {
        long started = System.nanoTime();
        Counters counters = new Counters();
        List<Path> files = new CorpusWalker(config.ingest()).files(roots).toList();
        listener.started(files.size());
        ArticleFileReader reader = new ArticleFileReader(config.ingest());
        ExecutorService workers = Executors.newFixedThreadPool(config.threads(), daemonThreads());
        try (ArticleIndexer indexer = ArticleIndexer.open(config.index())) {
            Map<String, String> known = indexer.pathToId();
            Set<String> seen = new HashSet<>();
            ArrayDeque<Pending> inFlight = new ArrayDeque<>();
            for (Path file : files) {
                for (Ingested item : reader.read(file)) {
                    if (item instanceof Ingested.Rejected rejected) {
                        reject(counters, rejected.path(), rejected.reason());
                    } else if (item instanceof Ingested.Read read) {
                        Article article = read.article();
                        seen.add(article.path());
                        if (article.id().equals(known.get(article.path())) || indexer.containsId(article.id())) {
                            counters.unchanged++;
                            continue;
                        }
                        boolean update = known.containsKey(article.path());
                        inFlight.add(new Pending(article, update, workers.submit(() -> analyzer.get().analyze(article))));
                        while (inFlight.size() > 2 * config.threads()) {
                            complete(inFlight.poll(), indexer, counters);
                        }
                    }
                }
                listener.fileDone();
            }
            while (!inFlight.isEmpty()) {
                complete(inFlight.poll(), indexer, counters);
            }
            if (prune) {
                counters.pruned = prune(indexer, known, seen);
            }
            indexer.commit();
        } finally {
            workers.shutdownNow();
            listener.finished();
        }
        return counters.summary(Duration.ofNanos(System.nanoTime() - started));
    }

    /** Waits for one analysis (within the per-article limit) and writes it. */
    private void complete(Pending pending, ArticleIndexer indexer, Counters counters) throws IOException {
        Analysis analysis;
        try {
            analysis = pending.result.get(config.nlp().articleTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            pending.result.cancel(true);
            reject(counters, pending.article.path(), "analysis took longer than " + config.nlp().articleTimeout().toSeconds() + " s");
            return;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Error error) {
                throw error; // out of memory and the like: not the article's fault
            }
            reject(counters, pending.article.path(), "analysis failed: " + cause);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        }
        indexer.put(analysis, pending.article.text());
        counters.count(analysis, pending.update);
    }

    /** Drops indexed articles whose file is gone; an article of a .jsonl file is gone with its file. */
    private static long prune(ArticleIndexer indexer, Map<String, String> known, Set<String> seen) throws IOException {
        long pruned = 0;
        for (String path : known.keySet()) {
            String file = path.replaceFirst("#\\d+$", ""); // "dump.jsonl#3" lives in dump.jsonl
            if (!seen.contains(path) && !Files.exists(Path.of(file))) {
                indexer.deletePath(path);
                pruned++;
            }
        }
        return pruned;
    }

    private void reject(Counters counters, String path, String reason) {
        counters.rejected++;
        listener.rejected(path, reason);
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "newsfacts-analyzer");
            thread.setDaemon(true); // a stuck analysis must not keep the process alive after the batch
            return thread;
        };
    }

    private record Pending(Article article, boolean update, Future<Analysis> result) {
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
        final Map<FactType, Long> facts = new EnumMap<>(FactType.class);

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
