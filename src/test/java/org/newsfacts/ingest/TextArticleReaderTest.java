package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Article;

class TextArticleReaderTest {
    private final TextArticleReader reader = new TextArticleReader();

    @Test
    void takesFirstNonEmptyLineAsTitleAndRestAsText() {
        Article article = readOne("notes.txt", "\n\n  Crew named for lunar flyby  \n\nThe agency named four.\nMore text.\n");

        assertEquals("notes.txt", article.path());
        assertEquals("Crew named for lunar flyby", article.title());
        assertNull(article.date());
        assertEquals("The agency named four.\nMore text.", article.text());
    }

    @Test
    void readsDateLineDirectlyUnderTitle() {
        Article article = readOne("a.txt", "Title\nDate: 2023-04-03\n\nBody here.");

        assertEquals("2023-04-03", article.date());
        assertEquals("Body here.", article.text());
    }

    @Test
    void readsDateLineAfterBlankLinesUnderTitle() {
        Article article = readOne("a.md", "# Title\n\nDate: 2023-04-03\n\nBody here.");

        assertEquals("2023-04-03", article.date());
        assertEquals("Body here.", article.text());
    }

    @Test
    void leavesDateLineInTextWhenAParagraphComesFirst() {
        Article article = readOne("a.txt", "Title\n\nFirst paragraph.\nDate: 2023-04-03\nBody here.");

        assertNull(article.date());
        assertEquals("First paragraph.\nDate: 2023-04-03\nBody here.", article.text());
    }

    @Test
    void leavesInvalidDateLineInText() {
        Article article = readOne("a.txt", "Title\nDate: 2023-13-45\nBody here.");

        assertNull(article.date());
        assertEquals("Date: 2023-13-45\nBody here.", article.text());
    }

    @Test
    void stripsMarkdownHeadingMarkerFromTitle() {
        Article article = readOne("a.md", "# Station crew returns\n\nThe capsule landed.");

        assertEquals("Station crew returns", article.title());
        assertEquals("The capsule landed.", article.text());
    }

    @Test
    void keepsBodyVerbatimApartFromLeadingBlankLinesAndTrailingWhitespace() {
        String body = "  Indented first line,  two  spaces.\r\n\r\n\r\nThird paragraph\twith a tab.";
        Article article = readOne("a.txt", "Title\r\n\r\n" + body + "  \r\n\n");

        assertEquals(body, article.text());
    }

    @Test
    void rejectsTitleWithoutBodyAsNoArticleText() {
        List<Ingested> items = reader.read("a.txt", "Only a title\nDate: 2024-01-01\n\n");

        assertEquals(List.of(new Ingested.Rejected("a.txt", "no article text")), items);
    }

    @Test
    void readsHalfMillionCharacterSingleLineAsUntitledText() {
        String line = "word ".repeat(99_999) + "words";
        assertEquals(500_000, line.length());

        Article article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readOne("long.txt", line + "\n"));

        assertNull(article.title());
        assertEquals(line, article.text());
    }

    private Article readOne(String path, String content) {
        List<Ingested> items = reader.read(path, content);
        assertEquals(1, items.size());
        return assertInstanceOf(Ingested.Read.class, items.get(0)).article();
    }
}
