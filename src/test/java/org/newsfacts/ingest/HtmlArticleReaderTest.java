package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Article;

class HtmlArticleReaderTest {
    private final HtmlArticleReader reader = new HtmlArticleReader();

    @Test
    void readsTitleDateAndCanonicalUrlFromHead() {
        Article article = readOne("""
                <html><head><title>Crew named</title>
                <meta property="article:published_time" content="2023-04-03T10:15:00-05:00">
                <link rel="canonical" href="https://news.example.org/crew">
                <meta property="og:url" content="https://other.example.org/crew">
                </head><body><p>The agency named four astronauts.</p></body></html>""");

        assertEquals("Crew named", article.title());
        assertEquals("2023-04-03", article.date());
        assertEquals("https://news.example.org/crew", article.url());
        assertEquals("The agency named four astronauts.", article.text());
    }

    @Test
    void fallsBackToFirstH1AndOgUrlAndItempropDate() {
        Article article = readOne("""
                <html><head><meta property="og:url" content="https://news.example.org/a"></head>
                <body><h1>Station resupplied</h1><time itemprop="datePublished" datetime="2022-11-09">Nov 9</time>
                <p>A cargo ship docked.</p></body></html>""");

        assertEquals("Station resupplied", article.title());
        assertEquals("2022-11-09", article.date());
        assertEquals("https://news.example.org/a", article.url());
    }

    @Test
    void ignoresUnparsableDateAndTriesTheNextMarker() {
        Article article = readOne("""
                <html><head><meta property="article:published_time" content="last Tuesday">
                <meta name="date" content="2021-06-30"></head><body><p>Text.</p></body></html>""");

        assertEquals("2021-06-30", article.date());
        assertNull(readOne("<meta name=\"date\" content=\"soon\"><p>Text.</p>").date());
    }

    @Test
    void joinsParagraphsHeadingsAndListItemsWithBlankLinesInDocumentOrder() {
        Article article = readOne("""
                <html><body>
                <p>First   paragraph,
                wrapped.</p>
                <h2>A sub-heading</h2>
                <ul><li>Item one</li><li><p>Item two</p></li></ul>
                <p></p>
                <p>Last paragraph.</p>
                </body></html>""");

        assertEquals("First paragraph, wrapped.\n\nA sub-heading\n\nItem one\n\nItem two\n\nLast paragraph.",
                article.text());
    }

    @Test
    void dropsScriptsNavigationAndOtherPageFurniture() {
        Article article = readOne("""
                <html><head><style>p { color: red }</style></head><body>
                <header><p>Site header</p></header>
                <nav><ul><li>Home</li><li>World</li></ul></nav>
                <p>Real text.<script>var tracking = 1;</script></p>
                <aside><p>Related stories</p></aside>
                <form><p>Subscribe</p></form>
                <noscript><p>Enable JavaScript</p></noscript>
                <footer><p>Copyright</p></footer>
                </body></html>""");

        assertEquals("Real text.", article.text());
    }

    @Test
    void prefersArticleElementOverRestOfPage() {
        Article article = readOne("""
                <body><ul><li>Menu entry</li></ul><p>Cookie notice.</p>
                <article><h1>Headline</h1><p>Story text.</p></article></body>""");

        assertEquals("Story text.", article.text());
    }

    @Test
    void fallsBackToBodyTextWithoutParagraphs() {
        Article article = readOne("<html><body><div>Just a div<br>of text.</div></body></html>");

        assertEquals("Just a div of text.", article.text());
    }

    @Test
    void rejectsPageWithoutTextAsNoArticleText() {
        List<Ingested> items = reader.read("empty.html", "<html><head><title>Nothing</title></head><body></body></html>");

        assertEquals(List.of(new Ingested.Rejected("empty.html", "no article text")), items);
    }

    @Test
    void readsFiftyThousandNestedDivsWithoutStackOverflow() {
        int depth = 50_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Deep text.</p>" + "</div>".repeat(depth)
                + "</body></html>";

        List<Ingested> items = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> reader.read("deep.html", html));

        Article article = assertInstanceOf(Ingested.Read.class, items.get(0)).article();
        assertTrue(article.text().contains("Deep text."), article.text());
    }

    private Article readOne(String html) {
        List<Ingested> items = reader.read("page.html", html);
        assertEquals(1, items.size());
        return assertInstanceOf(Ingested.Read.class, items.get(0)).article();
    }
}
