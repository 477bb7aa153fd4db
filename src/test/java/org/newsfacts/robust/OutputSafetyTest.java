package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Issue 10, findings 2, 7, 8 and 9, through the command line: output that cannot be written is an error,
 * hostile queries are usage errors on one short line, I/O errors give their reason and the user's path, and
 * nothing from an article or a file name reaches a terminal as a control character.
 */
class OutputSafetyTest {
    private static final String EVIL_PATH = "news/evil\nrejected [news/x.txt]: forged.txt";
    private static final String EVIL_TITLE = "\033]0;owned\007Harbour \033[2Jreport";

    @TempDir
    static Path dir;
    static Path index;

    @BeforeAll
    static void indexSamplesAndAHostileArticle() throws IOException {
        index = dir.resolve("index");
        SampleArticles.index(index);
        String text = "The harbour authority of Port Vell signed a ferry agreement.\033[31m Red text.";
        Analysis evil = new Analysis(new ArticleRecord("e00000000001", EVIL_PATH, EVIL_TITLE, "2031-05-04", "en", "0".repeat(64), 12),
                List.of(), List.of(new Fact("f-9", FactType.AGREEMENT, "e00000000001",
                        Map.of("parties", List.of("Port Vell\033[1m", "Ferry Line"), "subject", "ferries"), "2031-05-04",
                        new Evidence(text, 0, text.length()), 0.9)));
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            indexer.put(evil, text);
        }
    }

    @Tag("models") // starts child JVMs
    @Test
    void failedWritesToStandardOutputExitThreeWithTheReason() throws Exception {
        for (List<String> args : List.of(List.of("search", "Cosmoflot"), List.of("facts"), List.of("entities"),
                List.of("export", "--what", "articles"))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.newsfacts.cli.Newsfacts"));
            command.addAll(args);
            command.addAll(List.of("--index", index.toString()));
            Path err = dir.resolve("err.txt");
            Process child = new ProcessBuilder(command).redirectOutput(new File("/dev/full"))
                    .redirectError(err.toFile()).start();
            int code = child.waitFor();
            String stderr = Files.readString(err);
            assertEquals(ExitCodes.FATAL, code, args + ": " + stderr);
            assertTrue(stderr.contains("newsfacts: error: cannot write to standard output: No space left on device"),
                    args + ": " + stderr);
        }
    }

    @Test
    void hostileQueriesAreUsageErrorsOnOneShortLine() {
        String nested = "(".repeat(3000) + "harbour" + ")".repeat(3000);
        String regex = "/[ab]*a[ab]{40}/";
        // three times Lucene's clause limit (1,024) before each word is expanded over the searched fields
        String clauses = IntStream.range(0, 3_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" OR "));
        for (String query : List.of(nested, regex, clauses, "harbou*" + " OR ferr*".repeat(3000))) {
            Cli.Run run = Cli.run("search", query, "--index", index.toString());
            assertEquals(ExitCodes.USAGE, run.code(), run.both().substring(0, Math.min(2000, run.both().length())));
            assertEquals(1, run.err().lines().count(), run.err());
            assertTrue(run.err().length() < 500, run.err());
            assertFalse(run.err().contains("bug"), run.err());
        }
        assertTrue(Cli.run("search", regex, "--index", index.toString()).err().contains("too complex"));
        assertTrue(Cli.run("search", clauses, "--index", index.toString()).err().contains("too many"));
    }

    @Test
    void anUnknownFactTypeIsAUsageErrorInSearchAsInFacts() {
        Cli.Run search = Cli.run("search", "--fact-type", "bogus", "--index", index.toString());
        assertEquals(ExitCodes.USAGE, search.code(), search.both());
        assertTrue(search.err().startsWith("newsfacts: error: Invalid value for option '--fact-type'"), search.both());
        assertTrue(search.err().lines().findFirst().orElse("").contains("'bogus'"), search.both());
        assertEquals(ExitCodes.OK, Cli.run("search", "--fact-type", "leadership_change", "--index", index.toString()).code());
    }

    @Test
    void timelineTypeTakesTheEntityTypeItsAmbiguityMessageAsksFor() {
        Cli.Run run = Cli.run("timeline", "Mira Solano", "--type", "PERSON", "--index", index.toString());
        assertEquals(ExitCodes.OK, run.code(), run.both());
        assertTrue(run.out().startsWith("Mira Solano (PERSON)"), run.both());
        Cli.Run bad = Cli.run("timeline", "Mira Solano", "--type", "PLANET", "--index", index.toString());
        assertEquals(ExitCodes.USAGE, bad.code(), bad.both());
        assertTrue(bad.err().contains("an entity type") && bad.err().contains("a fact type"), bad.both());
    }

    @Tag("models") // loads CoreNLP
    @Test
    void controlCharactersInNamesTitlesAndSnippetsAreEscaped() throws IOException {
        Cli.Run search = Cli.run("search", "harbour", "--index", index.toString());
        assertEquals(ExitCodes.OK, search.code(), search.both());
        assertFalse(search.out().contains("\033") || search.out().contains("\007"), search.out());
        assertTrue(search.out().contains("news/evil\\nrejected [news/x.txt]: forged.txt"), search.out());
        assertTrue(search.out().contains("\\e]0;owned\\x07Harbour \\e[2Jreport"), search.out());
        assertFalse(search.out().lines().anyMatch(l -> l.startsWith("rejected")), search.out());
        Cli.Run facts = Cli.run("facts", "--index", index.toString());
        assertFalse(facts.out().contains("\033"), facts.out());
        assertTrue(facts.out().contains("Port Vell\\e[1m"), facts.out());

        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("empty\nrejected [ok.txt]: all good.txt"), "");
        Files.writeString(corpus.resolve("bell\007.txt"), "");
        Cli.Run ingest = Cli.run("ingest", corpus.toString(), "--index", dir.resolve("ingest-index").toString());
        assertEquals(ExitCodes.REJECTED, ingest.code(), ingest.both());
        List<String> rejected = ingest.err().lines().filter(l -> l.startsWith("rejected")).toList();
        assertEquals(2, rejected.size(), ingest.err());
        assertTrue(rejected.contains("rejected [" + corpus + "/empty\\nrejected [ok.txt]: all good.txt]: empty file"), ingest.err());
        assertTrue(rejected.contains("rejected [" + corpus + "/bell\\x07.txt]: empty file"), ingest.err());
    }

    @Test
    void exportOutIsStandardOutputForDashAFolderIsAUsageErrorAndLinksStayLinks() throws IOException {
        Cli.Run dash = Cli.run("export", "--what", "articles", "--out", "-", "--index", index.toString());
        assertEquals(ExitCodes.OK, dash.code(), dash.both());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");

        Cli.Run root = Cli.run("export", "--out", "/", "--index", index.toString());
        assertEquals(ExitCodes.USAGE, root.code(), root.both());
        assertEquals("newsfacts: error: --out / is a folder: give a file name", root.err().strip());

        Path missing = dir.resolve("no-such-folder").resolve("facts.jsonl");
        Cli.Run nowhere = Cli.run("export", "--out", missing.toString(), "--index", index.toString());
        assertEquals(ExitCodes.FATAL, nowhere.code(), nowhere.both());
        assertEquals("newsfacts: error: I/O error: " + missing + ": its folder does not exist", nowhere.err().strip());

        Path real = Files.writeString(dir.resolve("real.jsonl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.jsonl"), real.getFileName());
        Cli.Run linked = Cli.run("export", "--what", "articles", "--out", link.toString(), "--index", index.toString());
        assertEquals(ExitCodes.OK, linked.code(), linked.both());
        assertTrue(Files.isSymbolicLink(link), "the link is still a link");
        assertEquals(5, Files.readAllLines(real).size(), "the file it points to holds the export");
    }
}
