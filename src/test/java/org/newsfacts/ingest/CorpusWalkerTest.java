package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IngestConfig;

class CorpusWalkerTest {
    @TempDir
    Path dir;

    private final CorpusWalker walker = new CorpusWalker(IngestConfig.defaults());

    @Test
    void walksFoldersRecursivelyInSortedOrder() throws IOException {
        touch("b.txt");
        touch("a/z.json");
        touch("a/m/inner.md");
        touch("a/b.html");
        touch("c.jsonl");
        touch("B.HTM");

        assertEquals(List.of("B.HTM", "a/b.html", "a/m/inner.md", "a/z.json", "b.txt", "c.jsonl"), walk(dir));
    }

    @Test
    void skipsHiddenEntriesAndUnsupportedTypesInFolders() throws IOException {
        touch("keep.txt");
        touch(".hidden.txt");
        touch(".git/config.json");
        touch("notes.pdf");
        touch("README");

        assertEquals(List.of("keep.txt"), walk(dir));
    }

    @Test
    void returnsFilesNamedDirectlyAsTheyAreInTheGivenOrder() throws IOException {
        Path pdf = touch("paper.pdf");
        Path hidden = touch(".draft.txt");
        Path missing = dir.resolve("missing.txt");

        assertEquals(List.of(pdf, missing, hidden), walker.files(List.of(pdf, missing, hidden)).toList());
    }

    @Test
    void missingRootIsRejectedByReaderAsNoSuchFile() {
        Path missing = dir.resolve("no-such-folder");
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());

        List<Ingested> items = walker.files(List.of(missing)).flatMap(p -> reader.read(p).stream()).toList();

        assertEquals(List.of(new Ingested.Rejected(missing.toString(), "no such file or directory")), items);
    }

    @Test
    void terminatesOnSymlinkCycleYieldingEachFileOnce() throws IOException {
        touch("one.txt");
        touch("sub/two.txt");
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        Files.createSymbolicLink(dir.resolve("sub/up"), dir);

        List<String> files = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> walk(dir));

        assertEquals(List.of("one.txt", "sub/two.txt"), files);
    }

    @Test
    void walksEachRealDirectoryOnceWhenRootsOverlap() throws IOException {
        touch("sub/two.txt");

        assertEquals(1, walker.files(List.of(dir, dir.resolve("sub"))).count());
    }

    @Test
    void listsEachFolderOnlyWhenTheWalkReachesIt() throws IOException {
        touch("d1/a.txt");
        touch("d2/a.txt");
        Iterator<Path> files = walker.files(List.of(dir)).iterator();

        assertEquals(dir.resolve("d1/a.txt"), files.next());
        touch("d2/b.txt"); // created after the walk started: seen only if d2 is listed late
        assertEquals(dir.resolve("d2/a.txt"), files.next());
        assertEquals(dir.resolve("d2/b.txt"), files.next());
        assertFalse(files.hasNext());
    }

    private List<String> walk(Path root) {
        return walker.files(List.of(root))
                .map(p -> root.relativize(p).toString().replace('\\', '/'))
                .collect(Collectors.toList());
    }

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }
}
