package org.newsfacts.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.MainClasses.MAIN;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.ExitCodes;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Ingested;
import org.jsoup.Jsoup;

/**
 * Article content is data, never instructions: reading a page fetches none of what it links to, and no
 * name, address or path written in an article decides where newsfacts reads or writes.
 */
class SafetyTest {
    /**
     * The classes allowed to turn a string into a file-system path, and where their strings come from: the default
     * index folder, {@code $NEWSFACTS_INDEX}, and the article paths the index stored (checked by ingest --prune).
     * Paths from the command line are converted by picocli, outside our code; none comes from article text.
     */
    private static final Set<String> PATH_MAKERS = Set.of("org.newsfacts.config.IndexConfig",
            "org.newsfacts.cli.CommonOptions", "org.newsfacts.ingest.StoredPath");

    @TempDir
    Path dir;

    @Test
    void readingAPageFetchesNothingItLinksTo() throws IOException {
        try (ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            String base = "http://127.0.0.1:" + ((InetSocketAddress) server.getLocalAddress()).getPort();
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
            // reading is synchronous: a connection it opened would be waiting by now, so look without waiting
            server.configureBlocking(false);
            assertNull(server.accept(), "nothing may connect to what the page links to");
        }
    }

    @Test
    void mainCodeNeitherOpensConnectionsNorRunsCommands() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.script..")
                .orShould().dependOnClassesThat().belongToAnyOf(ProcessBuilder.class, Socket.class, URL.class,
                        URLConnection.class)
                .orShould().callCodeUnitWhere(calling(Runtime.class, "exec"))
                .orShould().callCodeUnitWhere(calling(Jsoup.class, "connect", "newSession"))
                .because("article text is data: nothing in it may make newsfacts fetch a resource or run a command")
                .check(MAIN);
    }

    @Test
    void onlyTheConfigAndStoredArticlePathsBecomeFilePaths() {
        noClasses().that(outside(PATH_MAKERS))
                .should().callCodeUnitWhere(calling(Path.class, "of"))
                .orShould().callCodeUnitWhere(calling(Paths.class, "get"))
                .orShould().callCodeUnitWhere(calling(File.class, "<init>", "toPath"))
                .because("no name, address or path written in an article may decide where newsfacts reads or writes")
                .check(MAIN);
    }

    /** Calls whose target is one of {@code names} declared by {@code owner} (constructors are {@code <init>}). */
    private static DescribedPredicate<JavaCall<?>> calling(Class<?> owner, String... names) {
        Set<String> wanted = Set.of(names);
        return DescribedPredicate.describe(owner.getSimpleName() + "." + String.join("/", names),
                call -> call.getTargetOwner().isEquivalentTo(owner) && wanted.contains(call.getName()));
    }

    /** Classes (nested ones and lambdas included) outside the named top-level classes. */
    private static DescribedPredicate<JavaClass> outside(Set<String> topLevel) {
        return DescribedPredicate.describe("are not one of " + topLevel,
                type -> !topLevel.contains(type.getName().replaceFirst("\\$.*", "")));
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
}
