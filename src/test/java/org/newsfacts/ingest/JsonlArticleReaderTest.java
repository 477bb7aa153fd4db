package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Article;

class JsonlArticleReaderTest {
    private final JsonlArticleReader reader = new JsonlArticleReader();

    @Test
    void readsOneArticlePerLineWithLineNumberInPath() {
        List<Ingested> items = reader.read("feed.jsonl", """
                {"title": "First", "text": "One."}

                {"title": "Second", "date": "2020-01-02", "text": "Two."}
                """);

        assertEquals(2, items.size());
        Article first = assertInstanceOf(Ingested.Read.class, items.get(0)).article();
        Article second = assertInstanceOf(Ingested.Read.class, items.get(1)).article();
        assertEquals("feed.jsonl#1", first.path());
        assertEquals("feed.jsonl#3", second.path());
        assertEquals("2020-01-02", second.date());
    }

    @Test
    void rejectsBadLineAloneAndGoesOn() {
        List<Ingested> items = reader.read("feed.jsonl",
                "{\"text\": \"One.\"}\r\n{\"text\": \r\n[1, 2]\n{\"title\": \"no text\"}\n{\"text\": \"Five.\"}");

        assertEquals(5, items.size());
        assertInstanceOf(Ingested.Read.class, items.get(0));
        Ingested.Rejected malformed = assertInstanceOf(Ingested.Rejected.class, items.get(1));
        assertEquals("feed.jsonl:2", malformed.path());
        assertTrue(malformed.reason().startsWith("malformed JSON: "), malformed.reason());
        assertEquals(new Ingested.Rejected("feed.jsonl:3", "JSON value is an array, not an object"), items.get(2));
        assertEquals(new Ingested.Rejected("feed.jsonl:4", "JSON has no \"text\" string field"), items.get(3));
        assertEquals("feed.jsonl#5", assertInstanceOf(Ingested.Read.class, items.get(4)).article().path());
    }

    @Test
    void readsHalfMillionCharacterLine() {
        String text = "x".repeat(500_000);

        List<Ingested> items = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> reader.read("big.jsonl", "{\"text\": \"" + text + "\"}\n"));

        assertEquals(text, assertInstanceOf(Ingested.Read.class, items.get(0)).article().text());
    }
}
