package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Ingested;

/**
 * Article content is data, never instructions: reading a page fetches none of what it links to, and no
 * name, address or path written in an article decides where newsfacts reads or writes.
 */
class SafetyTest {
    private static final Path SOURCES = Path.of("src/main/java/org/newsfacts");
    private static final List<String> NETWORK_OR_EXECUTION = List.of("Jsoup.connect", "openConnection", "openStream",
            "java.net.http", "new Socket", "new URL(", "URI.create", "Runtime.getRuntime().exec", "ProcessBuilder",
            "ScriptEngine");
    /** Every place main code makes a path from a string, and where that string comes from; none is article text. */
    private static final Set<String> PATHS_FROM_STRINGS = Set.of(
            "config/IndexConfig.java: public static final Path DEFAULT_DIRECTORY = Path.of(\"newsfacts-index\");",
            "cli/CommonOptions.java: return env != null && !env.isBlank() ? Path.of(env) : IndexConfig.DEFAULT_DIRECTORY;",
            // stored article paths, checked against the file system by ingest --prune
            "ingest/StoredPath.java: if (Path.of(text).equals(absolute)) {",
            "ingest/StoredPath.java: return file.startsWith(\"file:\") ? Path.of(toUri(file)) : Path.of(file);");

    @TempDir
    Path dir;

    @Test
    void readingAPageFetchesNothingItLinksTo() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String base = "http://127.0.0.1:" + server.getLocalPort();
            Path page = Files.writeString(dir.resolve("page.html"), """
                    <html><head><title>Observatory reopens</title>
                    <base href="%1$s/base/">
                    <link rel="stylesheet" href="%1$s/style.css"><script src="%1$s/app.js"></script>
                    <meta http-equiv="refresh" content="0; url=%1$s/refresh">
                    <style>@import url("%1$s/import.css"); body { background: url(%1$s/bg.png) }</style>
                    </head><body>
                    <img src="%1$s/photo.jpg" srcset="%1$s/photo-2x.jpg 2x"><iframe src="%1$s/frame"></iframe>
                    <object data="%1$s/object.swf"></object><video poster="%1$s/poster.jpg" src="%1$s/clip.mp4"></video>
                    <p>The observatory reopened on Friday after two years of repairs.</p>
                    </body></html>
                    """.formatted(base));

            List<Ingested> items = new ArticleFileReader(IngestConfig.defaults()).read(page);

            assertEquals("The observatory reopened on Friday after two years of repairs.",
                    assertInstanceOf(Ingested.Read.class, items.get(0)).article().text());
            server.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, server::accept, "nothing may connect to what the page links to");
        }
    }

    @Test
    void mainCodeNeitherOpensConnectionsNorRunsCommands() throws IOException {
        assertEquals(List.of(), linesContaining(NETWORK_OR_EXECUTION));
    }

    @Test
    void mainCodeMakesPathsOnlyFromTheCommandLineConfigAndIndexedFilePaths() throws IOException {
        assertEquals(new TreeSet<>(PATHS_FROM_STRINGS),
                new TreeSet<>(linesContaining(List.of("Path.of(", "Paths.get(", "new File(", "toPath()"))));
    }

    @Tag("models") // loads CoreNLP
    @Test
    void pathsNamedInsideArticlesAreNeverReadOrWritten() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("work").resolve("corpus"));
        Path outside = dir.resolve("outside.txt");
        Files.writeString(corpus.resolve("bericht.json"), """
                {"title": "%1$s", "url": "file://%1$s", "date": "2031-02-03",
                 "text": "Die Behörde legte den Bericht am Montag in Berlin vor. Er liegt unter %1$s und ../../outside.txt."}
                """.formatted(outside));
        Files.writeString(corpus.resolve("seite.html"), """
                <html><head><link rel="canonical" href="../../outside.html"><title>../../outside.html</title></head>
                <body><p>Die Stadt eröffnete am Dienstag eine neue Bibliothek mit vierzigtausend Büchern.</p></body></html>
                """);
        Path index = dir.resolve("work").resolve("index");
        Path export = Files.createDirectories(dir.resolve("work").resolve("out")).resolve("articles.jsonl");

        assertEquals(ExitCodes.OK, Cli.run("ingest", corpus.toString(), "--index", index.toString()).code());
        Cli.Run exported = Cli.run("export", "--what", "articles", "--out", export.toString(), "--index", index.toString());

        assertEquals(ExitCodes.OK, exported.code(), exported.both());
        assertEquals(2, Files.readAllLines(export).size());
        assertEquals(List.of("work"), names(dir), "nothing is written beside the folders given");
        assertEquals(List.of("corpus", "index", "out"), names(dir.resolve("work")));
        assertEquals(List.of("bericht.json", "seite.html"), names(corpus));
        assertEquals(List.of("articles.jsonl"), names(export.getParent()), "export writes its file and leaves nothing else");
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** {@code file: line} for each line of main code containing one of {@code needles}, comments excepted. */
    private static List<String> linesContaining(List<String> needles) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(file -> {
                for (String line : lines(file)) {
                    String code = line.strip();
                    if (!code.startsWith("*") && !code.startsWith("/") && needles.stream().anyMatch(code::contains)) {
                        found.add(SOURCES.relativize(file).toString().replace('\\', '/') + ": " + code);
                    }
                }
            });
        }
        return found;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
