package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.facts.FactExtractor;
import org.newsfacts.facts.Lexicons;
import org.newsfacts.ingest.Articles;
import org.newsfacts.nlp.ArticleAnnotator;
import org.newsfacts.nlp.ParseSelection;
import org.newsfacts.nlp.CoreNlpAnnotator;
import org.newsfacts.nlp.LanguageDetector;
import org.newsfacts.pipeline.ArticleAnalyzer;
import org.newsfacts.pipeline.Deadlines;
import org.newsfacts.pipeline.IngestListener;
import org.newsfacts.pipeline.IngestPipeline;
import org.newsfacts.pipeline.IngestSummary;
import org.newsfacts.pipeline.ManualDeadlines;
import org.newsfacts.pipeline.SharedAnalyzer;
import org.newsfacts.search.AnalysisStore;

/**
 * The per-article time limit stops a pathological article without stalling the batch, even when the
 * analysis ignores interrupts (as CoreNLP deep inside an annotator does), and the workers it leaves
 * behind stay bounded. No test here waits for a limit to pass or races one: the tests own the deadlines
 * ({@link Deadlines}) and end an analysis's time exactly when it is stuck.
 */
class ArticleTimeLimitTest {
    @TempDir
    Path dir;

    /**
     * Says German, so no English model is needed; on a worker thread, an article containing STALL is over
     * its time limit at once (the test's deadlines say so) and blocks until released, deaf to interrupts.
     * Counts the analyses alive at once.
     */
    private static final class StallingDetector implements LanguageDetector {
        final Thread submitter = Thread.currentThread();
        final ManualDeadlines deadlines = new ManualDeadlines();
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger alive = new AtomicInteger();
        final AtomicInteger mostAlive = new AtomicInteger();
        final Map<String, String> rejected = new ConcurrentHashMap<>();

        /** The first two STALL articles are reported (and their workers abandoned). */
        boolean rejectedTwice() {
            return rejected.size() >= 2;
        }

        @Override
        public String detect(String text) {
            if (Thread.currentThread() == submitter) {
                return "de"; // the submitting thread only asks which models to load
            }
            mostAlive.accumulateAndGet(alive.incrementAndGet(), Math::max);
            try {
                if (text.contains("STALL")) {
                    deadlines.expireAll(); // stuck: its time is up
                }
                while (text.contains("STALL")) {
                    try {
                        release.await();
                        break;
                    } catch (InterruptedException ignored) {
                        // deaf to interrupts, like a library that never polls for them
                    }
                }
                return "de";
            } finally {
                alive.decrementAndGet();
            }
        }
    }

    private record Outcome(IngestSummary summary, Map<String, String> rejected, long indexed) {
    }

    private Outcome ingest(StallingDetector detector, Duration limit, Map<String, String> files) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(corpus.resolve(file.getKey()), file.getValue());
        }
        MissionCatalog missions = MissionCatalog.bundled();
        ArticleAnalyzer analyzer = new ArticleAnalyzer(
                new ArticleAnnotator(detector, () -> {
                    throw new AssertionError("no English model is needed");
                }, NlpConfig.DEFAULT_MAX_RUN_CHARS, ParseSelection.none()),
                new EntityResolver(Gazetteer.bundled(), missions), FactExtractor.standard(Lexicons.bundled(), missions));
        NewsfactsConfig config = new NewsfactsConfig(IngestConfig.defaults(),
                NlpConfig.defaults().withArticleTimeout(limit), IndexConfig.at(dir.resolve("index")), 1);
        IngestListener listener = new IngestListener() {
            @Override
            public void rejected(String path, String reason) {
                detector.rejected.put(Path.of(path).getFileName().toString(), reason);
            }
        };
        IngestSummary summary = new IngestPipeline(config, () -> analyzer, listener, detector.deadlines)
                .run(List.of(corpus), false);
        try (AnalysisStore store = AnalysisStore.open(dir.resolve("index"))) {
            return new Outcome(summary, Map.copyOf(detector.rejected), store.count());
        }
    }

    private static String text(String words) {
        return "Meldung\n\nDer Stadtrat hat am Montag " + words + " beschlossen, und die Arbeiten beginnen im Herbst.\n";
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a regression would wait for the stuck worker forever
    void rejectsAStuckArticleAndGoesOnWithoutWaitingForItsWorker() throws IOException {
        StallingDetector detector = new StallingDetector();
        try {
            Outcome outcome = ingest(detector, Duration.ofMillis(300), Map.of(
                    "a.txt", text("eine neue Brücke"), "b.txt", text("STALL einen Park"),
                    "c.txt", text("eine Schule"), "d.txt", text("einen Bahnhof"), "e.txt", text("ein Museum")));

            assertEquals(Map.of("b.txt", "analysis took longer than 300 ms"), outcome.rejected());
            assertEquals(4, outcome.indexed());
            assertEquals(4, outcome.summary().added());
            assertEquals(1, detector.release.getCount(), "the batch ended while the stuck worker was still stuck");
        } finally {
            detector.release.countDown();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void keepsAtMostTwiceTheThreadsAliveWhenWorkersStayStuck() throws IOException, InterruptedException {
        StallingDetector detector = new StallingDetector();
        Thread submitter = Thread.currentThread();
        // Two stuck analyses abandoned, the batch must now wait for one of them to end (an untimed wait for a
        // free worker, the submitter's next wait after reporting the second): release them once the submitter
        // is parked there, or at once should a third one start.
        Thread releaser = new Thread(() -> {
            while (!(detector.rejectedTwice() && submitter.getState() == Thread.State.WAITING) && detector.mostAlive.get() < 3) {
                LockSupport.parkNanos(1_000_000);
            }
            detector.release.countDown();
        });
        releaser.setDaemon(true);
        releaser.start();
        try {
            Outcome outcome = ingest(detector, Duration.ofMillis(200), Map.of(
                    "a.txt", text("STALL eine neue Brücke"), "b.txt", text("STALL einen Park"),
                    "c.txt", text("STALL eine Schule"), "d.txt", text("einen Bahnhof"), "e.txt", text("ein Museum")));

            assertEquals(2, detector.mostAlive.get(), "one thread, so one analysis on time and one abandoned at most");
            assertEquals("analysis took longer than 200 ms", outcome.rejected().get("a.txt"));
            assertEquals("analysis took longer than 200 ms", outcome.rejected().get("b.txt"));
            assertEquals(5, outcome.summary().rejected() + outcome.indexed(), outcome.rejected().toString());
        } finally {
            detector.release.countDown();
            releaser.join();
        }
    }

    @Tag("models") // loads CoreNLP
    @Test
    void cliRejectsAnArticleOverItsLimitAndSaysWhichLimit() throws IOException {
        SharedAnalyzer.get().analyze(Articles.create("warm-up.txt", "t", "2031-01-01", null, "The crew landed on Monday."));
        Path corpus = Files.createDirectories(dir.resolve("cli"));
        Path longOne = corpus.resolve("long.txt");
        // 1,500 sentences cannot be analysed within a millisecond on any machine, so no clock decides the outcome
        Files.writeString(longOne, GeneratedArticles.article(99, 1500));

        Cli.Run run = Cli.run("ingest", corpus.toString(), "--index", dir.resolve("cli-index").toString(),
                "--threads", "1", "--timeout", "1ms");

        assertEquals(ExitCodes.REJECTED, run.code(), run.both());
        assertEquals(List.of("rejected [" + longOne + "]: analysis took longer than 1 ms"),
                run.err().lines().filter(l -> l.startsWith("rejected")).toList(), run.both());
        try (AnalysisStore store = AnalysisStore.open(dir.resolve("cli-index"))) {
            assertEquals(0, store.count());
        }
    }

    @Tag("models") // loads CoreNLP
    @Test
    void loadingTheModelsDoesNotCountAgainstTheFirstArticlesLimit() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("first"));
        Files.writeString(corpus.resolve("first.txt"), GeneratedArticles.article(1, 2));
        MissionCatalog missions = MissionCatalog.bundled();
        AtomicBoolean loaded = new AtomicBoolean();
        ArticleAnalyzer loading = new ArticleAnalyzer(
                new ArticleAnnotator(text -> "en", () -> {
                    CoreNlpAnnotator models = CoreNlpAnnotator.shared(NlpConfig.defaults(), false);
                    loaded.set(true);
                    return models;
                }, NlpConfig.DEFAULT_MAX_RUN_CHARS, ParseSelection.none()),
                new EntityResolver(Gazetteer.bundled(), missions), FactExtractor.standard(Lexicons.bundled(), missions));
        NewsfactsConfig config = new NewsfactsConfig(IngestConfig.defaults(),
                NlpConfig.defaults().withArticleTimeout(Duration.ofSeconds(3)), IndexConfig.at(dir.resolve("index")), 1);
        List<Boolean> loadedWhenTheClockStarted = new ArrayList<>();
        Deadlines noneExpires = (limit, expired) -> { // the clock is watched, not run: the outcome is the order
            loadedWhenTheClockStarted.add(loaded.get());
            return () -> { };
        };

        IngestSummary summary = new IngestPipeline(config, () -> loading, IngestListener.SILENT, noneExpires)
                .run(List.of(corpus), false);

        assertEquals(List.of(true), loadedWhenTheClockStarted, "the article's clock starts once its models are loaded");
        assertEquals(0, summary.rejected());
        assertEquals(1, summary.added());
    }

    @Test
    void aTimeLimitThatIsNoTimeIsAUsageError() {
        Cli.Run run = Cli.run("ingest", dir.toString(), "--index", dir.resolve("x").toString(), "--timeout", "soon");
        assertEquals(ExitCodes.USAGE, run.code(), run.both());
        assertTrue(run.err().contains("'soon' is not a time limit"), run.both());
    }
}
