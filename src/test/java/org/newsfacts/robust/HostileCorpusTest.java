package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.ingest.Articles;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.pipeline.SharedAnalyzer;
import org.newsfacts.search.AnalysisStore;

/**
 * A folder holding what news folders in the wild hold, ingested through the real command line: every bad
 * file is named once with its reason and no stack trace, everything readable is indexed and searchable,
 * and the whole batch takes seconds, whatever each file does.
 */
@Tag("models") // loads CoreNLP
class HostileCorpusTest {
    private static final String GOOD = """
            Harbour authority opens new ferry terminal
            Date: 2031-05-04

            The harbour authority opened a new ferry terminal on Monday, its director said. The terminal can \
            handle twelve ferries a day and replaces a building from the 1960s.

            Work on a second pier will start in September.
            """;
    private static final String RUSSIAN = """
            Новая библиотека открылась в Казани

            В понедельник в Казани открылась новая городская библиотека. В ней собрано более ста тысяч книг, \
            а читальный зал работает до полуночи. Мэр города назвал открытие важным событием для студентов.
            """;
    private static final String WINDOWS_1252 = """
            Café owners welcome council decision

            The council approved the café’s new terrace on Thursday. “We are delighted,” the owner said.
            """;
    private static final String WITH_NULS = "Zoo welcomes walrus calf\n\nThe city zoo\0 announced the birth of a "
            + "walrus calf on Sunday.\0\0 Keepers said that mother and calf were doing well.\n";
    private static final int NESTING = 30_000;
    private static final int RUN_ON_CHARS = 320_000;
    private static final long SPARSE_BYTES = 60L << 20;

    @TempDir
    static Path dir;

    @BeforeAll
    static void loadModelsOutsideTheTimedRun() {
        SharedAnalyzer.get().analyze(Articles.create("warm-up.txt", "t", "2031-01-01", null, "The crew landed on Monday."));
    }

    @Test
    void rejectsEachBadFileByNameAndIndexesTheRestInBoundedTime() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Map<String, String> rejected = writeBadFiles(corpus);
        Path sub = Files.createDirectories(corpus.resolve("sub"));
        Files.writeString(sub.resolve("ferry.txt"), GOOD);
        Files.createSymbolicLink(sub.resolve("back"), Path.of("..")); // a cycle: corpus/sub/back/sub/back/...
        Files.writeString(corpus.resolve("kazan.txt"), RUSSIAN);
        Files.write(corpus.resolve("legacy.txt"), WINDOWS_1252.getBytes(Charset.forName("windows-1252")));
        Files.writeString(corpus.resolve("walrus.txt"), WITH_NULS);
        Files.writeString(corpus.resolve("deep.html"), deepHtml());
        Path index = dir.resolve("index");

        Cli.Run run = Cli.run("ingest", corpus.toString(), "--index", index.toString());

        assertEquals(ExitCodes.REJECTED, run.code(), run.both());
        List<String> lines = run.err().lines().filter(l -> l.startsWith("rejected [")).toList();
        rejected.forEach((name, reason) -> {
            String expected = "rejected [" + corpus.resolve(name) + "]: ";
            List<String> mine = lines.stream().filter(l -> l.startsWith(expected)).toList();
            assertEquals(1, mine.size(), name + " must be named exactly once\n" + run.both());
            assertTrue(mine.get(0).contains(reason), name + " must say '" + reason + "'\n" + run.both());
        });
        assertEquals(rejected.size(), lines.size(), "only the bad files are rejected\n" + run.both());
        assertFalse(run.err().contains("\tat ") || run.err().contains("Exception"), "no stack trace\n" + run.both());
        assertEquals("", run.out(), "ingest prints no data");

        assertEquals(List.of(sub.resolve("ferry.txt").toString()), hits("ferry", index), "the cycle is walked once");
        assertEquals(List.of(corpus.resolve("kazan.txt").toString()), hits("библиотека", index));
        assertEquals(List.of(corpus.resolve("kazan.txt").toString()), hits("language:ru", index));
        assertEquals(List.of(corpus.resolve("legacy.txt").toString()), hits("terrace", index));
        assertEquals(List.of(corpus.resolve("walrus.txt").toString()), hits("walrus", index));
        assertEquals(List.of(corpus.resolve("deep.html").toString()), hits("pangolin", index));
        assertTrue(storedText(index, "legacy.txt").contains("the café’s new terrace on Thursday. “We are delighted,”"));
        assertFalse(storedText(index, "walrus.txt").contains("\0"));
    }

    /** The files that must be rejected, by name, with a fragment of the reason each must give. */
    private static Map<String, String> writeBadFiles(Path corpus) throws IOException {
        Map<String, String> rejected = new LinkedHashMap<>();
        Files.writeString(corpus.resolve("empty.txt"), "");
        rejected.put("empty.txt", "empty file");
        Files.writeString(corpus.resolve("blank.md"), "  \n\t\n   \n");
        rejected.put("blank.md", "empty file");
        Files.write(corpus.resolve("scan.txt"), withHeader("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)));
        rejected.put("scan.txt", "binary content (looks like PDF)");
        Files.write(corpus.resolve("photo.txt"), withHeader(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
        rejected.put("photo.txt", "binary content (looks like PNG)");
        Files.writeString(corpus.resolve("truncated.json"), "{\"title\": \"Export\", \"text\": \"The export was cut");
        rejected.put("truncated.json", "malformed JSON: ");
        Files.writeString(corpus.resolve("shape.json"), "{\"headline\": \"Wrong shape\", \"body\": \"Not where we look.\"}");
        rejected.put("shape.json", "JSON has no \"text\" string field");
        try (RandomAccessFile huge = new RandomAccessFile(corpus.resolve("dump.txt").toFile(), "rw")) {
            huge.setLength(SPARSE_BYTES); // sparse: the test writes nothing, the reader must read nothing
        }
        rejected.put("dump.txt", "file is " + SPARSE_BYTES + " bytes, over the limit of 8388608 (--max-bytes)");
        Files.writeString(corpus.resolve("runon.txt"), runOnLine());
        rejected.put("runon.txt", "not prose: " + RUN_ON_CHARS + " characters without a sentence end (limit 100000)");
        Files.createSymbolicLink(corpus.resolve("self.txt"), Path.of("self.txt"));
        rejected.put("self.txt", "symbolic link cannot be followed");
        return rejected;
    }

    private static byte[] withHeader(byte[] header) {
        byte[] bytes = new byte[4096];
        System.arraycopy(header, 0, bytes, 0, header.length);
        for (int i = header.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }

    /** English words on one line with no sentence end: CoreNLP would make one 55,000-token sentence of it. */
    private static String runOnLine() {
        String[] words = "the council said that the new bridge over the river would open in spring and that traffic "
                .split(" ");
        StringBuilder line = new StringBuilder(RUN_ON_CHARS);
        for (int i = 0; line.length() < RUN_ON_CHARS; i++) {
            line.append(words[i % words.length]).append(' ');
        }
        line.setLength(RUN_ON_CHARS);
        return line.toString();
    }

    private static String deepHtml() {
        return "<html><head><title>Museum news</title></head><body>" + "<div>".repeat(NESTING)
                + "<p>The pangolin exhibit opened at the city museum on Monday. It will stay open until June.</p>"
                + "</div>".repeat(NESTING) + "</body></html>";
    }

    private static List<String> hits(String query, Path index) {
        Cli.Run run = Cli.run("search", query, "--json", "--index", index.toString());
        assertEquals(ExitCodes.OK, run.code(), run.both());
        JsonNode body = Json.read(run.out(), JsonNode.class);
        List<String> paths = new java.util.ArrayList<>();
        body.get("hits").forEach(hit -> paths.add(hit.get("path").asText()));
        return paths;
    }

    private static String storedText(Path index, String name) throws IOException {
        try (AnalysisStore store = AnalysisStore.open(index)) {
            Optional<Analysis> analysis = store.all().filter(a -> a.article().path().endsWith(name)).findFirst();
            return store.text(analysis.orElseThrow().article().id()).orElseThrow();
        }
    }
}
