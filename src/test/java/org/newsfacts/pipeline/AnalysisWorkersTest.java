package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.facts.FactExtractor;
import org.newsfacts.facts.Lexicons;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;
import org.newsfacts.nlp.ArticleAnnotator;
import org.newsfacts.nlp.LanguageDetector;
import org.newsfacts.nlp.ParseSelection;

/**
 * The permits of {@link AnalysisWorkers} come back however an analysis ends, including one whose deadline passes
 * before its worker thread has begun it (a limit of a millisecond, a busy machine). The test owns the deadlines
 * ({@link Deadlines}) and when the worker thread starts, so no wall time decides anything.
 */
class AnalysisWorkersTest {

    /** Says German (no English model needed) and counts the analyses, which ask it on the worker threads. */
    private static final class CountingDetector implements LanguageDetector {
        final Thread submitter = Thread.currentThread();
        final AtomicInteger analyses = new AtomicInteger();

        @Override
        public String detect(String text) {
            if (Thread.currentThread() != submitter) {
                analyses.incrementAndGet();
            }
            return "de";
        }
    }

    private static final class Recorded implements AnalysisWorkers.Results {
        final List<String> analysed = new CopyOnWriteArrayList<>();
        final Map<String, String> rejected = new ConcurrentHashMap<>();

        @Override
        public void analysed(Article article, boolean update, Analysis analysis) {
            analysed.add(article.id());
        }

        @Override
        public void rejected(Article article, String reason) {
            rejected.put(article.id(), reason);
        }
    }

    private static Article article(String id, String words) {
        return new Article(id, id + ".txt", "Meldung", null, null,
                "Der Stadtrat hat am Montag " + words + " beschlossen, und die Arbeiten beginnen im Herbst.", id);
    }

    private static ArticleAnalyzer analyzer(LanguageDetector detector) {
        MissionCatalog missions = MissionCatalog.bundled();
        return new ArticleAnalyzer(
                new ArticleAnnotator(detector, () -> {
                    throw new AssertionError("no English model is needed");
                }, NlpConfig.DEFAULT_MAX_RUN_CHARS, ParseSelection.none()),
                new EntityResolver(Gazetteer.bundled(), missions), FactExtractor.standard(Lexicons.bundled(), missions));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a regression could leave the submitter waiting for a permit
    void anAnalysisOverItsLimitBeforeItsWorkerBeganGivesItsPermitsBackAndNeverRuns() throws IOException {
        ManualDeadlines deadlines = new ManualDeadlines();
        CountingDetector detector = new CountingDetector();
        ArticleAnalyzer analyzer = analyzer(detector);
        Recorded results = new Recorded();
        // worker threads wait at this gate before they take their first task, so the test decides when they begin
        CountDownLatch gate = new CountDownLatch(1);
        ThreadFactory heldBack = task -> {
            Thread thread = new Thread(() -> {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                task.run();
            }, "held-back-analyzer");
            thread.setDaemon(true);
            return thread;
        };
        try (AnalysisWorkers workers = new AnalysisWorkers(1, Duration.ofMillis(1), deadlines, heldBack,
                () -> analyzer, results)) {
            workers.submit(article("a", "eine neue Brücke"), false);
            deadlines.expireAll(); // over its limit while its worker has not begun it
            workers.finish();

            assertEquals(Map.of("a", "analysis took longer than 1 ms"), results.rejected);
            assertEquals(1, workers.freeWorkers(), "the one worker's place is free again");
            assertEquals(1, workers.freeOverrunPlaces(), "no abandoned worker is running, so none holds a place");

            gate.countDown(); // from now on workers begin at once
            workers.submit(article("b", "einen Park"), false);
            workers.finish();

            assertEquals(List.of("b"), results.analysed);
            assertEquals(1, detector.analyses.get(), "only b was analysed: a, abandoned before it began, never ran");
        } finally {
            gate.countDown();
        }
    }
}
