package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.corpus.CorpusViews;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.search.AnalysisStore;

/**
 * A real ingest in a child JVM, used as people use it: while it runs, a second ingest is refused at once and
 * searches and exports read the last commit; then it is killed with {@code kill -9} mid-batch, and the
 * index it leaves opens, and the same ingest run again ends with every article present exactly once. The
 * corpus layer is updated in the same commit as the articles, so after the kill it is fresh and equal, record
 * by record, to a full recomputation from the committed articles; and so it is after the rerun.
 * The child ({@link PausingIngest}) says when it is mid-batch and then waits, so nothing here races the clock.
 */
@Tag("models") // loads CoreNLP
class KilledIngestTest {
    private static final int ARTICLES = 30;
    private static final int COMMIT_EVERY = 3;
    /** Files the child finishes before it pauses; with one thread at most two are still in flight then. */
    private static final int PAUSE_AFTER = 9;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hung child only
    void refusesASecondIngestServesReadersAndLosesNothingWhenKilledMidBatch() throws Exception {
        List<Path> files = GeneratedArticles.write(dir.resolve("corpus"), ARTICLES, 8);
        Path corpus = dir.resolve("corpus");
        Path index = dir.resolve("index");
        Process child = startIngest(corpus, index, dir.resolve("child.log"));
        long committed;
        try {
            awaitPaused(child);
            try (AnalysisStore store = AnalysisStore.open(index)) {
                committed = store.count();
            }
            // at least PAUSE_AFTER - 2 articles were written, and commits come in steps of COMMIT_EVERY
            assertTrue(committed >= 6 && committed <= PAUSE_AFTER && committed % COMMIT_EVERY == 0, "committed " + committed);

            Cli.Run second = Cli.run("ingest", corpus.toString(), "--index", index.toString());
            // the holder waits forever, so an answer at all means the second ingest did not wait for the lock
            assertEquals(ExitCodes.FATAL, second.code(), second.both());
            assertEquals(List.of("newsfacts: error: index " + index + " is locked by another process"),
                    second.err().lines().toList());

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
            assertEquals(committed, exportedArticles, "readers see the last commit");

            assertTrue(child.isAlive(), "the child must still be mid-batch when killed; its log:\n" + log(dir));
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no commit on close
            assertEquals(137, child.waitFor(), "killed by SIGKILL");
        } finally {
            child.destroyForcibly();
        }

        try (AnalysisStore store = AnalysisStore.open(index)) {
            assertEquals(committed, store.count(), "the kill keeps the last commit");
        }
        CorpusViews.assertLayerIsFullRecomputation(index, Gazetteer.bundled(), "after the kill");
        Cli.Run rerun = Cli.run("ingest", corpus.toString(), "--index", index.toString(), "--threads", "1");
        assertEquals(ExitCodes.OK, rerun.code(), rerun.both());
        try (AnalysisStore store = AnalysisStore.open(index)) {
            List<ArticleRecord> articles = store.all().map(Analysis::article).toList();
            assertEquals(ARTICLES, store.count());
            assertEquals(ARTICLES, articles.stream().map(ArticleRecord::id).distinct().count(), "ids are unique");
            assertEquals(files.stream().map(Path::toString).collect(Collectors.toSet()),
                    articles.stream().map(ArticleRecord::path).collect(Collectors.toSet()));
        }
        CorpusViews.assertLayerIsFullRecomputation(index, Gazetteer.bundled(), "after the rerun");
    }

    /** The ingest in its own JVM, with the test's classpath and the heap CoreNLP needs; its stderr goes to {@code log}. */
    private static Process startIngest(Path corpus, Path index, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx3g", "-cp", System.getProperty("java.class.path"),
                PausingIngest.class.getName(), corpus.toString(), index.toString(), Integer.toString(COMMIT_EVERY),
                Integer.toString(PAUSE_AFTER))
                .redirectError(log.toFile())
                .start();
    }

    /** Blocks until the child prints {@code paused}; fails if it ends first. */
    private void awaitPaused(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); !"paused".equals(line); line = out.readLine()) {
            assertNotNull(line, "the child ingest ended before pausing; its log:\n" + log(dir));
        }
    }

    private static String log(Path dir) throws IOException {
        Path log = dir.resolve("child.log");
        return Files.exists(log) ? Files.readString(log) : "(none)";
    }
}
