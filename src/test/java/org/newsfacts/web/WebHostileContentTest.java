package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.pipeline.CorpusIndex;
import org.openqa.selenium.By;

/**
 * Articles whose titles, texts, links and entity names carry markup and script: ingested for real (and one
 * hand-built analysis whose entity and slot names are themselves hostile), then every page that shows them
 * is opened in Chromium, which must run none of it and build no element from it.
 */
@Tag("models") // ingests corpus/ through CoreNLP
class WebHostileContentTest {
    @TempDir
    static Path dir;
    private static WebServer server;
    private static Browser browser;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        Path files = Files.createDirectories(dir.resolve("hostile"));
        Files.writeString(files.resolve("evil.txt"), """
                <script>window.__xss=1</script> Orbita Agency names "><img src=x onerror="window.__xss=2"> a new head
                Date: 2031-03-02

                The Orbita Agency said on Monday that Olga Varga replaced Ivan Lebed as head of the agency. \
                <script>window.__xss=3</script> Read more at javascript:window.__xss=4 today. \
                "><img src=x onerror="window.__xss=5"> NASA astronaut Marta Kovac will fly aboard the Soyuz in May.
                """);
        Files.writeString(files.resolve("evil.html"), """
                <html><head><title>&lt;script&gt;window.__xss=6&lt;/script&gt; Crew news</title>
                <link rel="canonical" href="javascript:window.__xss=7">
                <meta property="article:published_time" content="2031-04-01"></head>
                <body><p>&quot;&gt;&lt;img src=x onerror=window.__xss=8&gt; NASA said Marta Kovac will fly to the
                International Space Station. <a href="javascript:window.__xss=9">details</a></p>
                <script>window.__xss=10</script></body></html>
                """);
        Files.writeString(files.resolve("evil.json"), """
                {"title": "\\"><img src=x onerror=window.__xss=11>", "url": "javascript:window.__xss=12",
                 "date": "2031-05-01", "text": "JAXA and NASA signed an agreement on <b onmouseover=window.__xss=13>cargo</b> flights."}
                """);
        Files.writeString(files.resolve("sourced.json"), """
                {"title": "Orbita Agency opens a second launch pad", "url": "https://news.example/orbita/pad-2",
                 "date": "2031-05-02", "text": "The Orbita Agency opened a second launch pad on Friday."}
                """);
        Path index = dir.resolve("index");
        CorpusIndex.ingest(index, List.of(files));
        AnalysisBuilder built = article("x1", "2031-06-01")
                .entity(EntityType.PERSON, "<script>window.__xss=14</script> Varga", 2)
                .entity(EntityType.AGENCY, "\"><img src=x onerror=window.__xss=15>", 1)
                .entity(EntityType.ORGANIZATION, "javascript:window.__xss=16", 1)
                .fact(FactType.LEADERSHIP_CHANGE, "2031-06-01", "organization", "\"><img src=x onerror=window.__xss=15>",
                        "incoming", "<script>window.__xss=14</script> Varga", "role", "<svg onload=window.__xss=17>")
                .at("news/<script>window.__xss=18</script>.txt");
        try (ArticleIndexer writer = ArticleIndexer.open(IndexConfig.at(index))) {
            writer.put(built.build(), "<script>window.__xss=19</script> Varga took over. " + built.text());
        }
        server = WebServer.start(TestServers.config(index));
        http = new Http(server.port());
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void noPageRunsOrBuildsAnythingFromArticleContent() throws Exception {
        List<String> pages = new ArrayList<>(List.of("/", "/?q=script", "/?q=img", "/about", "/entities",
                "/facts", "/facts?merged=true", "/entities?name=" + Hrefs.encode("<script>window.__xss=14</script> Varga")));
        JsonNode hits = Http.json(http.get("/api/search?q=&limit=100")).get("hits");
        assertEquals(5, hits.size(), hits.toString());
        hits.forEach(h -> pages.add("/articles/" + h.get("id").asText()));
        JsonNode entities = Http.json(http.get("/api/entities?limit=100"));
        entities.forEach(e -> pages.add("/entities/" + Hrefs.encode(e.get("id").asText())));
        boolean sawLiteralMarkup = false;
        for (String page : pages) {
            browser.open("http://127.0.0.1:" + server.port() + page);
            Object flag = browser.driver().executeScript("return typeof window.__xss;");
            assertEquals("undefined", flag, "script ran on " + page);
            assertTrue(browser.driver().findElements(By.tagName("img")).isEmpty(), "an <img> was built on " + page);
            assertTrue(browser.driver().findElements(By.tagName("script")).isEmpty(), "a <script> was built on " + page);
            assertTrue(browser.driver().findElements(By.xpath("//*[@onerror or @onload or @onmouseover]")).isEmpty(), page);
            assertTrue(browser.driver().findElements(By.xpath("//main//svg//*[local-name()='svg']")).isEmpty(), page);
            assertTrue(browser.driver().findElements(By.xpath("//a[starts-with(normalize-space(@href), 'javascript')]")).isEmpty(),
                    "a javascript: link on " + page);
            sawLiteralMarkup |= browser.driver().findElement(By.tagName("body")).getText().contains("<script>");
        }
        assertTrue(sawLiteralMarkup, "the hostile markup should show as text");
        browser.open("http://127.0.0.1:" + server.port() + "/articles/" + hits.get(0).get("id").asText());
        browser.screenshot("hostile-article");
    }

    @Test
    void anArticlesSourceIsLinkedOnlyWhenItIsAnHttpAddress() throws Exception {
        String sourced = articlePage("second launch pad");
        assertTrue(sourced.contains("<a class=\"source\" href=\"https://news.example/orbita/pad-2\""), sourced);
        String scripted = articlePage("cargo");
        assertTrue(scripted.contains("<span class=\"source\">javascript:window.__xss=12</span>"), scripted);
    }

    private static String articlePage(String query) throws Exception {
        JsonNode hits = Http.json(http.get("/api/search?q=" + Hrefs.encode(query))).get("hits");
        assertEquals(1, hits.size(), hits.toString());
        return http.get("/articles/" + hits.get(0).get("id").asText()).body();
    }
}
