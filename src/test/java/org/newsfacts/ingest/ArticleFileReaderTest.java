package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.model.Article;

class ArticleFileReaderTest {
    @TempDir
    Path dir;

    private final ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());

    @Test
    void rejectsFileOverMaxBytesWithoutReadingIt() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(60L * 1024 * 1024); // sparse zeros: read, they would be rejected as binary instead
        }

        assertRejected(big, "file is 62914560 bytes, over the limit of 8388608 (--max-bytes)");
    }

    @Test
    void rejectsEmptyAndWhitespaceOnlyFiles() throws IOException {
        assertRejected(write("empty.txt", ""), "empty file");
        assertRejected(write("blank.md", " \n\t\r\n  "), "empty file");
        assertRejected(write("blank.json", "\n\n"), "empty file");
    }

    @Test
    void rejectsArticleWhoseTextIsBlankAfterParsing() throws IOException {
        assertRejected(write("title-only.txt", "Just a title\n"), "no article text");
        assertRejected(write("bare.html", "<html><head><title>T</title><script>x()</script></head></html>"),
                "no article text");
    }

    @Test
    void rejectsBinaryContentWhateverTheExtension() throws IOException {
        assertRejected(write("report.txt", "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\n"), "binary content (looks like PDF)");
        assertRejected(writeBytes("image.html", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}),
                "binary content (looks like PNG)");
        assertRejected(writeBytes("dump.json", new byte[] {0x1F, (byte) 0x8B, 8, 0, 0, 0}), "binary content (looks like gzip)");
        assertRejected(writeBytes("archive.md", new byte[] {'P', 'K', 3, 4, 10, 0, 0, 0}), "binary content (looks like ZIP)");
        byte[] noise = new byte[4096];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (byte) (i % 3 == 0 ? 0x02 : 'a');
        }
        assertRejected(writeBytes("noise.txt", noise), "binary content (33% control bytes in the first 8 KiB)");
    }

    @Test
    void decodesWindows1252FileWhenNotUtf8() throws IOException {
        byte[] bytes = ("Title\n\n" + "\u201cCaf\u00e9\u201d opened.").getBytes("windows-1252");
        assertEquals((byte) 0x93, bytes[7]);

        assertEquals("\u201cCaf\u00e9\u201d opened.", readOne(writeBytes("old.txt", bytes)).text());
    }

    @Test
    void stripsUtf8BomAndReplacesNulBytesWithSpaces() throws IOException {
        byte[] body = "Title\n\nOne\0two.".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        Article article = readOne(writeBytes("bom.txt", bytes));

        assertEquals("Title", article.title());
        assertEquals("One two.", article.text());
    }

    @Test
    void readsHalfMillionCharacterLineInBoundedTime() throws IOException {
        Path file = write("one-line.txt", "Title\n" + "a".repeat(500_000));

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readOne(file));

        assertEquals(500_000, article.text().length());
    }

    @Test
    void rejectsMissingFileDirectoryAndUnsupportedType() throws IOException {
        assertRejected(dir.resolve("nope.txt"), "no such file or directory");
        assertRejected(dir, "is a directory");
        assertRejected(write("paper.pdf", "text"), "unsupported file type .pdf (supported: .txt, .md, .html, .htm, .json, .jsonl)");
        assertRejected(write("README", "text"), "file has no extension (supported: .txt, .md, .html, .htm, .json, .jsonl)");
    }

    @Test
    void tellsABrokenSymbolicLinkFromALoopOfLinks() throws IOException {
        Path broken = Files.createSymbolicLink(dir.resolve("gone.txt"), Path.of("missing.txt"));
        Path self = Files.createSymbolicLink(dir.resolve("self.txt"), Path.of("self.txt"));
        Path ping = Files.createSymbolicLink(dir.resolve("ping.md"), Path.of("pong.md"));
        Files.createSymbolicLink(dir.resolve("pong.md"), Path.of("ping.md"));

        assertRejected(broken, "broken symbolic link");
        for (Path loop : List.of(self, ping)) {
            Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, reader.read(loop).get(0));
            assertTrue(rejected.reason().startsWith("symbolic link cannot be followed: too many levels of symbolic links"),
                    rejected.reason());
        }
    }

    @Test
    void fillsDefaultDateOnlyWhereFileHasNone() throws IOException {
        ArticleFileReader dated = new ArticleFileReader(new IngestConfig(IngestConfig.DEFAULT_MAX_BYTES, "2020-02-02"));
        Path feed = write("feed.jsonl", "{\"text\": \"A.\"}\n{\"text\": \"B.\", \"date\": \"2019-09-09\"}\n");

        List<Ingested> items = dated.read(feed);

        assertEquals("2020-02-02", assertInstanceOf(Ingested.Read.class, items.get(0)).article().date());
        assertEquals("2019-09-09", assertInstanceOf(Ingested.Read.class, items.get(1)).article().date());
    }

    @Test
    void recordsPathAsGiven() throws IOException {
        Path file = write("Upper.HTM", "<p>Text.</p>");

        assertEquals(file.toString(), readOne(file).path());
    }

    private Article readOne(Path file) {
        List<Ingested> items = reader.read(file);
        assertEquals(1, items.size(), items::toString);
        return assertInstanceOf(Ingested.Read.class, items.get(0)).article();
    }

    private void assertRejected(Path file, String reason) {
        assertEquals(List.of(new Ingested.Rejected(file.toString(), reason)), reader.read(file));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }
}
