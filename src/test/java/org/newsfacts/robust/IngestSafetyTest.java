package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.IndexMissingException;

/**
 * Issue 10, findings 4, 5 and 6, through the command line: {@code --prune} keeps every article whose file
 * exists (ingested by a relative path, or named in bytes that are not UTF-8); SIGTERM commits what was
 * indexed; a JSON Lines dump larger than {@code --max-bytes} is streamed record by record in a small heap.
 * Articles here are Russian, which newsfacts indexes without loading CoreNLP, so children start in seconds.
 */
@Tag("models") // loads CoreNLP
class IngestSafetyTest {
    private static final int COMMIT_NEVER = 1_000_000;

    @TempDir
    Path dir;

    @Test
    void pruneFromAnotherFolderKeepsFilesIngestedByARelativePath() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("kazan.txt"), russian(1));
        Path index = dir.resolve("index");
        Path relative = Path.of("").toAbsolutePath().relativize(corpus);
        assertEquals(ExitCodes.OK, Cli.run("ingest", relative.toString(), "--index", index.toString()).code());

        Path other = Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(other.resolve("samara.txt"), russian(2));
        Path log = dir.resolve("prune.log");
        Process prune = child(List.of("ingest", ".", "--prune", "--index", index.toString()), other, log, "-Xmx512m");
        assertEquals(0, prune.waitFor(), Files.readString(log));
        assertTrue(Files.readString(log).contains("0 pruned"), Files.readString(log));
        assertEquals(List.of(corpus.resolve("kazan.txt").toString(), other.resolve("samara.txt").toString()), paths(index));
    }

    @Test
    void namesThatAreNotUtf8StayDistinctAndAreNotPruned() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("latin1"));
        // bytes 0xE9 and 0xE8 (é, è in Latin-1) are not UTF-8: Java shows both as the same replacement character
        Process make = new ProcessBuilder("bash", "-c", "printf '%s' \"$1\" > $'caf\\xe9.txt'; printf '%s' \"$2\" > $'caf\\xe8.txt'",
                "make", russian(3), russian(4)).directory(corpus.toFile()).start();
        assertEquals(0, make.waitFor());
        Path index = dir.resolve("index");
        Cli.Run first = Cli.run("ingest", corpus.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, first.code(), first.both());
        assertEquals(2, paths(index).size(), "two files, two articles: " + paths(index));

        Path other = Files.createDirectories(dir.resolve("other"));
        Files.writeString(other.resolve("ufa.txt"), russian(5));
        Cli.Run pruning = Cli.run("ingest", other.toString(), "--prune", "--index", index.toString());
        assertEquals(ExitCodes.OK, pruning.code(), pruning.both());
        assertTrue(pruning.err().contains("0 pruned"), pruning.both());
        assertEquals(3, paths(index).size(), paths(index).toString());

        Cli.Run again = Cli.run("ingest", corpus.toString(), "--index", index.toString());
        assertTrue(again.err().contains("0 new, 0 updated, 2 unchanged"), again.both());
    }

    @Test
    @Tag("models") // the child starts loading CoreNLP for the English files after the marker
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a child that never says the line would keep the test waiting
    void sigtermCommitsWhatWasIndexedAndSaysSo() throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        for (int i = 0; i < 12; i++) {
            Files.writeString(corpus.resolve(String.format("a-%02d.txt", i)), russian(10 + i));
        }
        Files.writeString(corpus.resolve("m-marker.txt"), ""); // rejected at once: the event the test waits for
        GeneratedArticles.write(corpus.resolve("z-english"), 20, 12); // English: CoreNLP loads, the ingest runs on
        Path index = dir.resolve("index");
        Process child = command(List.of("ingest", corpus.toString(), "--index", index.toString(), "--threads", "1",
                "--commit-every", Integer.toString(COMMIT_NEVER)), dir, "-Xmx3g").start();
        ChildOutput output = new ChildOutput(child, "rejected [" + corpus.resolve("m-marker.txt") + "]: empty file");
        try {
            output.awaitLine();
            assertEquals(0, committed(index), "nothing is committed before the end of the batch");
            // SIGTERM through the process handle: Process.destroy() would also close our end of the child's
            // output, and with it what the child says while it stops
            assertTrue(child.toHandle().destroy(), "SIGTERM sent");
            assertEquals(143, child.waitFor(), output.all());
        } finally {
            child.destroyForcibly();
        }
        String err = output.all();
        assertTrue(err.contains("newsfacts: interrupted: committed the "), err);
        long kept = committed(index);
        assertTrue(kept >= 10 && kept <= 12, "kept " + kept + "; log:\n" + err);
        assertTrue(err.contains("committed the " + kept + " articles"), err);
    }

    @Test
    void aJsonLinesDumpOverMaxBytesIsStreamedRecordByRecordInASmallHeap() throws Exception {
        Path dump = dir.resolve("dump.jsonl");
        long bytes = 0;
        int records = 0;
        try (Writer out = Files.newBufferedWriter(dump, StandardCharsets.UTF_8)) {
            while (bytes < 20L << 20) {
                StringBuilder text = new StringBuilder();
                for (int s = 0; text.length() < 5_000; s++) {
                    text.append(russian(records * 100 + s)).append(' ');
                }
                String line = Json.write(java.util.Map.of("title", "Сводка " + records, "text", text.toString())) + "\n";
                out.write(line);
                bytes += line.getBytes(StandardCharsets.UTF_8).length;
                records++;
            }
        }
        Path index = dir.resolve("index");
        Path log = dir.resolve("jsonl.log");
        // 128 MB of heap: less than holding the file, its decoded text and its articles at once
        Process child = child(List.of("ingest", dump.toString(), "--index", index.toString(), "--threads", "1"), dir, log,
                "-Xmx128m");
        assertEquals(0, child.waitFor(), Files.readString(log));
        assertEquals(records, committed(index), Files.readString(log));
    }

    @Test
    void maxBytesRejectsOneOversizedRecordAndKeepsTheOthers() throws IOException {
        Path dump = dir.resolve("mixed.jsonl");
        String small = Json.write(java.util.Map.of("title", "Казань", "text", russian(1))) + "\n";
        String big = Json.write(java.util.Map.of("title", "Большая", "text", russian(2).repeat(100))) + "\n";
        Files.writeString(dump, small + big + Json.write(java.util.Map.of("title", "Уфа", "text", russian(3))) + "\n");
        Cli.Run run = Cli.run("ingest", dump.toString(), "--max-bytes", "4000", "--index", dir.resolve("index").toString());
        assertEquals(ExitCodes.REJECTED, run.code(), run.both());
        assertTrue(run.err().contains("rejected [" + dump + ":2]: record is over the limit of 4000 bytes"), run.both());
        assertTrue(run.err().contains("2 new"), run.both());
    }

    /** A short Russian news text, different for each {@code n}. */
    private static String russian(int n) {
        return "Новости номер " + n + "\n\nВ понедельник городской совет утвердил план строительства " + n
                + " новых школ. Мэр сказал, что работы начнутся весной и закончатся через " + (n % 7 + 2)
                + " года. Жители района давно ждали этого решения.\n";
    }

    private static Process child(List<String> args, Path workingDir, Path log, String heap) throws IOException {
        return command(args, workingDir, heap).redirectOutput(log.toFile()).start();
    }

    /** The CLI in a JVM of its own, its standard error merged into its standard output. */
    private static ProcessBuilder command(List<String> args, Path workingDir, String heap) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-cp", System.getProperty("java.class.path"), "org.newsfacts.cli.Newsfacts"));
        command.addAll(args);
        return new ProcessBuilder(command).directory(workingDir.toFile()).redirectErrorStream(true);
    }

    /**
     * Reads a child's output on a thread of its own as it comes, keeping all of it, and says when one line has
     * come: the test waits for that event (or for the output to end without it), never for a time.
     */
    private static final class ChildOutput {
        private final StringBuffer text = new StringBuffer();
        private final CompletableFuture<Void> seen = new CompletableFuture<>();
        private final Thread reader;

        ChildOutput(Process child, String line) {
            reader = new Thread(() -> {
                try (BufferedReader in = child.inputReader()) {
                    for (String next = in.readLine(); next != null; next = in.readLine()) {
                        text.append(next).append('\n');
                        if (next.equals(line)) {
                            seen.complete(null);
                        }
                    }
                } catch (IOException e) {
                    seen.completeExceptionally(e);
                }
                seen.completeExceptionally(new AssertionError("the child's output ended before '" + line + "':\n" + text));
            }, "child-output");
            reader.setDaemon(true);
            reader.start();
        }

        /** Returns once the line has come; fails if the output ended (the child exited) without it. */
        void awaitLine() throws InterruptedException, IOException {
            try {
                seen.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AssertionError failure) {
                    throw failure;
                }
                throw new IOException(e.getCause());
            }
        }

        /** Everything the child wrote, once its output has ended. */
        String all() throws InterruptedException {
            reader.join();
            return text.toString();
        }
    }

    private static long committed(Path index) throws IOException {
        try (AnalysisStore store = AnalysisStore.open(index)) {
            return store.count();
        } catch (IndexMissingException none) {
            return 0;
        }
    }

    private static List<String> paths(Path index) throws IOException {
        try (AnalysisStore store = AnalysisStore.open(index); var all = store.all()) {
            return all.map(Analysis::article).map(ArticleRecord::path).sorted().toList();
        }
    }
}
