package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.index.ArticleFields;
import org.newsfacts.index.IndexFolder;
import org.newsfacts.index.SampleArticles;

/**
 * Issue 10, findings 1 and 3, through the command line: a folder that is not an index is never written into
 * (Lucene's writer would delete the user's files), and a damaged index is named as damaged, refused by
 * {@code ingest}, diagnosed by {@code check} and made whole by {@code repair}, which says what was lost and how
 * to add it back.
 */
@Tag("models") // loads CoreNLP
class IndexSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aFolderOfUserFilesIsRefusedByNameAndNothingInItIsDeleted() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("notes"));
        Map<String, String> files = Map.of("_notes.txt", "my notes", "segments_backup.txt", "old list",
                "_1.json", "{}", "pending_segments_x", "draft");
        for (Map.Entry<String, String> f : files.entrySet()) {
            Files.writeString(folder.resolve(f.getKey()), f.getValue());
        }
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nSome text about a harbour.\n");
        for (String[] args : List.of(new String[] {"ingest", article.toString(), "--index", folder.toString()},
                new String[] {"search", "harbour", "--index", folder.toString()},
                new String[] {"facts", "--index", folder.toString()},
                new String[] {"export", "--index", folder.toString()},
                new String[] {"check", "--index", folder.toString()})) {
            Cli.Run run = Cli.run(args);
            assertEquals(ExitCodes.FATAL, run.code(), run.both());
            assertEquals(1, run.err().lines().count(), run.both());
            assertTrue(run.err().startsWith("newsfacts: error: index " + folder + " holds '_1.json', '_notes.txt', "
                    + "'pending_segments_x'"), run.both());
            assertFalse(run.err().contains("bug"), run.both());
        }
        assertEquals(files, contents(folder), "every file is still there, unchanged");
    }

    @Test
    void ingestingAFolderIntoItselfDeletesNoArticle() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(folder.resolve("_intro.txt"), "Intro\n\nThe harbour opened.\n");
        Files.writeString(folder.resolve("ferry.txt"), "Ferry\n\nThe ferry sailed.\n");
        Cli.Run run = Cli.run("ingest", folder.toString(), "--index", folder.toString());
        assertEquals(ExitCodes.FATAL, run.code(), run.both());
        assertTrue(run.err().contains("index " + folder + " holds '_intro.txt', which is not part of a newsfacts index"), run.both());
        assertEquals(Map.of("_intro.txt", "Intro\n\nThe harbour opened.\n", "ferry.txt", "Ferry\n\nThe ferry sailed.\n"),
                contents(folder));
    }

    @Test
    void aFolderOfOtherFilesIsNotTakenForAnIndex() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(folder.resolve("report.txt"), "quarterly report");
        Cli.Run run = Cli.run("ingest", folder.resolve("report.txt").toString(), "--index", folder.toString());
        assertEquals(ExitCodes.FATAL, run.code(), run.both());
        assertEquals("newsfacts: error: index " + folder + " is not a newsfacts index (it holds other files, such as "
                + "'report.txt'): give an empty or new folder with --index", run.err().strip());
        assertEquals(Map.of("report.txt", "quarterly report"), contents(folder));
    }

    @Test
    void aNewIndexIsMarkedAndItsMarkerKeepsUserFilesBesideItSafe() throws IOException {
        Path index = dir.resolve("index");
        SampleArticles.index(index);
        assertTrue(Files.readString(index.resolve(IndexFolder.MARKER)).contains("format=1"));
        Files.writeString(index.resolve("README"), "my index");
        Cli.Run search = Cli.run("search", "Cosmoflot", "--index", index.toString());
        assertEquals(ExitCodes.OK, search.code(), search.both());
        assertEquals("my index", Files.readString(index.resolve("README")));
    }

    @Test
    void aDamagedSegmentIsReportedCheckedRefusedByIngestAndRepaired() throws IOException {
        Path index = dir.resolve("index");
        SampleArticles.index(index);
        Path segment = largestSegmentFile(index);
        overwriteMiddle(segment);

        for (String[] args : List.of(new String[] {"facts"}, new String[] {"export", "--what", "articles"},
                new String[] {"entities"})) {
            Cli.Run run = Cli.run(concat(args, "--index", index.toString()));
            assertEquals(ExitCodes.FATAL, run.code(), run.both());
            assertEquals("newsfacts: error: index " + index + " is damaged: run newsfacts check", run.err().strip(), run.both());
        }
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nSome text about a harbour.\n");
        Cli.Run ingest = Cli.run("ingest", article.toString(), "--index", index.toString());
        assertEquals(ExitCodes.FATAL, ingest.code(), ingest.both());
        assertEquals("newsfacts: error: index " + index + " is damaged: run newsfacts check", ingest.err().strip());

        Cli.Run check = Cli.run("check", "--index", index.toString());
        assertEquals(ExitCodes.FATAL, check.code(), check.both());
        assertTrue(check.out().contains("damaged: segment _"), check.both());
        assertTrue(check.out().contains("newsfacts repair --index " + index), check.both());

        Cli.Run repair = Cli.run("repair", "--index", index.toString());
        assertEquals(ExitCodes.OK, repair.code(), repair.both());
        assertTrue(repair.out().contains("4 articles lost"), repair.both());
        assertTrue(repair.out().contains("the index is healthy now: 0 articles"), repair.both());
        assertTrue(repair.out().contains("newsfacts ingest --index " + index + " news/")
                || repair.out().contains("ingest your folders again"), repair.both());

        assertEquals(ExitCodes.OK, Cli.run("check", "--index", index.toString()).code());
        Cli.Run search = Cli.run("search", "Cosmoflot", "--index", index.toString());
        assertEquals(ExitCodes.OK, search.code(), search.both());
        assertTrue(search.out().startsWith("0 hits"), search.both());
    }

    @Test
    void aLostCommitPointIsDamageNotAMissingIndexAndIngestKeepsTheSegments() throws IOException {
        Path index = dir.resolve("index");
        SampleArticles.index(index);
        try (Stream<Path> files = Files.list(index)) {
            for (Path commit : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(commit);
            }
        }
        Map<String, String> before = names(index);
        Cli.Run search = Cli.run("search", "Cosmoflot", "--index", index.toString());
        assertEquals(ExitCodes.FATAL, search.code(), search.both());
        assertEquals("newsfacts: error: index " + index + " is damaged: run newsfacts check", search.err().strip());
        Path article = Files.writeString(dir.resolve("a.txt"), "Title\n\nSome text about a harbour.\n");
        Cli.Run ingest = Cli.run("ingest", article.toString(), "--index", index.toString());
        assertEquals(ExitCodes.FATAL, ingest.code(), ingest.both());
        assertEquals(before, names(index), "the orphaned segments are kept");
        Cli.Run check = Cli.run("check", "--index", index.toString());
        assertEquals(ExitCodes.FATAL, check.code(), check.both());
        assertTrue(check.out().contains("no commit point"), check.both());
    }

    @Test
    void anAnalysisThatDoesNotParseIsFoundByCheckAndDeletedByRepairWithTheCommandToReAddIt() throws IOException {
        Path index = dir.resolve("index");
        SampleArticles.index(index);
        try (Directory directory = FSDirectory.open(index);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(ArticleFields.PATH, "/news/broken.txt", Field.Store.NO));
            doc.add(new SortedDocValuesField(ArticleFields.PATH, new BytesRef("/news/broken.txt")));
            doc.add(new StringField(ArticleFields.ID, "b00000000001", Field.Store.NO));
            doc.add(new SortedDocValuesField(ArticleFields.ID, new BytesRef("b00000000001")));
            doc.add(new StoredField(ArticleFields.ANALYSIS, new BytesRef("{\"article\": [not json")));
            writer.addDocument(doc);
        }
        Cli.Run check = Cli.run("check", "--index", index.toString());
        assertEquals(ExitCodes.FATAL, check.code(), check.both());
        assertTrue(check.out().contains("damaged: every stored analysis parses: no, 1 article fail (/news/broken.txt: "), check.both());

        Cli.Run repair = Cli.run("repair", "--index", index.toString());
        assertEquals(ExitCodes.OK, repair.code(), repair.both());
        assertTrue(repair.out().contains("deleted 1 article whose stored analysis could not be read"), repair.both());
        assertTrue(repair.out().contains("  newsfacts ingest --index " + index + " /news/broken.txt"), repair.both());
        assertTrue(repair.out().contains("the index is healthy now: 4 articles"), repair.both());
        assertEquals(ExitCodes.OK, Cli.run("export", "--index", index.toString()).code());
    }

    @Test
    void aHealthyIndexChecksCleanAndRepairChangesNothing() throws IOException {
        Path index = dir.resolve("index");
        SampleArticles.index(index);
        Cli.Run check = Cli.run("check", "--index", index.toString());
        assertEquals(ExitCodes.OK, check.code(), check.both());
        assertTrue(check.out().contains("4 articles"), check.both());
        assertTrue(check.out().contains("every stored analysis parses: yes"), check.both());
        Cli.Run repair = Cli.run("repair", "--index", index.toString());
        assertEquals(ExitCodes.OK, repair.code(), repair.both());
        assertTrue(repair.out().contains("nothing to repair"), repair.both());
    }

    private static String[] concat(String[] first, String... rest) {
        return Stream.concat(Stream.of(first), Stream.of(rest)).toArray(String[]::new);
    }

    private static Path largestSegmentFile(Path index) throws IOException {
        try (Stream<Path> files = Files.list(index)) {
            return files.filter(p -> p.getFileName().toString().startsWith("_"))
                    .max(Comparator.comparingLong(IndexSafetyTest::size)).orElseThrow();
        }
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Bytes changed inside the file, header and footer intact: what a bad disk block does. */
    private static void overwriteMiddle(Path file) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            long length = raf.length();
            raf.seek(length / 4);
            byte[] junk = new byte[(int) (length / 2)];
            for (int i = 0; i < junk.length; i++) {
                junk[i] = (byte) (i * 31 + 7);
            }
            raf.write(junk);
        }
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                found.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return found;
    }

    private static Map<String, String> names(Path folder) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                found.put(f.getFileName().toString(), Long.toString(Files.size(f)));
            }
        }
        return found;
    }
}
