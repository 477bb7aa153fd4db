package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.corpus.CorpusReader;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.corpus.CorpusViews;
import org.newsfacts.corpus.StoredCorpus;
import org.newsfacts.export.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.IndexMissingException;

/**
 * A real ingest in a child JVM, used as people use it: while it runs, a second ingest is refused at once and
 * searches and exports read the last commit; then it is killed with {@code kill -9} mid-batch, and the
 * index it leaves opens, and the same ingest run again ends with every article present exactly once. The
 * corpus layer committed with the articles never disagrees with them: after the kill it is either fresh or
 * marked stale (and then recomputed), and after the rerun it is fresh and equal to a full recomputation.
 */
class KilledIngestTest {
    private static final int ARTICLES = 30;
    private static final int COMMIT_EVERY = 3;
    /** The child loads CoreNLP (seconds, while other builds may share the machine) before its first commit. */
    private static final Duration FIRST_COMMIT_WITHIN = Duration.ofSeconds(150);

    @TempDir
    Path dir;

    @Test
    void refusesASecondIngestServesReadersAndLosesNothingWhenKilledMidBatch() throws Exception {
        List<Path> files = GeneratedArticles.write(dir.resolve("corpus"), ARTICLES, 8);
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Process child = startIngest(corpus, index, dir.resolve("child.log"));
        long killedWith;
        try {
            long firstCommit = awaitCommitted(index, 1, child);

            Cli.Run second = Cli.run("ingest", corpus.toString(), "--index", index.toString());
            assertEquals(ExitCodes.FATAL, second.code(), second.both());
            assertEquals(List.of("newsfacts: error: index " + index + " is locked by another process"),
                    second.err().lines().toList());
            assertTrue(second.took().compareTo(Duration.ofSeconds(5)) < 0, "refused at once, not after " + second.took());

            Cli.Run search = Cli.run("search", "engine OR budget OR cargo", "--index", index.toString());
            assertEquals(ExitCodes.OK, search.code(), search.both());
            assertTrue(search.out().matches("(?s)\\d+ hits.*"), search.both());
            Cli.Run facts = Cli.run("facts", "--index", index.toString());
            assertEquals(ExitCodes.OK, facts.code(), facts.both());
            Path export = dir.resolve("export").resolve("articles.jsonl");
            Files.createDirectories(export.getParent());
            Cli.Run exported = Cli.run("export", "--what", "articles", "--out", export.toString(), "--index", index.toString());
            assertEquals(ExitCodes.OK, exported.code(), exported.both());
            long exportedArticles = Files.readAllLines(export).stream().map(l -> Json.read(l, ArticleRecord.class)).count();
            assertTrue(exportedArticles >= firstCommit && exportedArticles < ARTICLES, "exported " + exportedArticles);

            killedWith = awaitCommitted(index, exportedArticles + 1, child); // the first ingest was not harmed
            assertTrue(child.isAlive(), "the child must still be mid-batch when killed; its log:\n" + log(dir));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit on close
            assertEquals(137, child.waitFor(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }

        try (AnalysisStore store = AnalysisStore.open(index)) {
            assertTrue(store.count() >= killedWith && store.count() < ARTICLES, "kept " + store.count() + " after the kill");
        }
        try (CorpusView afterKill = CorpusReader.open(index)) {
            CorpusViews.assertSameAnswers(CorpusReader.read(index), afterKill);
        }
        Cli.Run rerun = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, rerun.code(), rerun.both());
        try (AnalysisStore store = AnalysisStore.open(index)) {
            List<ArticleRecord> articles = store.all().map(Analysis::article).toList();
            assertEquals(ARTICLES, store.count());
            assertEquals(ARTICLES, articles.stream().map(ArticleRecord::id).distinct().count(), "ids are unique");
            assertEquals(files.stream().map(Path::toString).collect(Collectors.toSet()),
                    articles.stream().map(ArticleRecord::path).collect(Collectors.toSet()));
        }
        try (CorpusView layer = CorpusReader.open(index)) {
            assertInstanceOf(StoredCorpus.class, layer, "the finished ingest committed a fresh corpus layer");
            CorpusViews.assertSameAnswers(CorpusReader.read(index), layer);
        }
    }

    /** The real command line in its own JVM, with the test's classpath and the heap CoreNLP needs. */
    private static Process startIngest(Path corpus, Path index, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                "org.newsfacts.cli.Newsfacts", "ingest", corpus.toString(), "--index", index.toString(),
                "--threads", "1", "--commit-every", Integer.toString(COMMIT_EVERY))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    /** Waits until the last commit holds at least {@code articles} articles; returns how many it holds. */
    private long awaitCommitted(Path index, long articles, Process child) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + FIRST_COMMIT_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the child ingest ended early; its log:\n" + log(dir));
            try (AnalysisStore store = AnalysisStore.open(index)) {
                if (store.count() >= articles) {
                    return store.count();
                }
            } catch (IndexMissingException notYet) {
                // the child has not created the index yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no commit with " + articles + " articles within " + FIRST_COMMIT_WITHIN + "; log:\n" + log(dir));
    }

    private static String log(Path dir) throws IOException {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }
}
