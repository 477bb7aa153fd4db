package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Article;

class JsonArticleReaderTest {
    private final JsonArticleReader reader = new JsonArticleReader();

    @Test
    void readsObjectWithTitleDateUrlAndText() {
        Article article = readOne("""
                {"title": "Docking delayed", "date": "2022-03-01T18:00:00Z",
                 "url": "https://news.example.org/dock", "text": "The docking was delayed.\\n\\nA day later it worked."}""");

        assertEquals("a.json", article.path());
        assertEquals("Docking delayed", article.title());
        assertEquals("2022-03-01", article.date());
        assertEquals("https://news.example.org/dock", article.url());
        assertEquals("The docking was delayed.\n\nA day later it worked.", article.text());
    }

    @Test
    void treatsNullMissingOrInvalidMetadataAsAbsent() {
        Article article = readOne("{\"title\": null, \"date\": \"someday\", \"url\": 42, \"text\": \"Body.\"}");

        assertNull(article.title());
        assertNull(article.date());
        assertNull(article.url());
    }

    @Test
    void rejectsMalformedJsonWithShortOneLineMessage() {
        Ingested.Rejected rejected = rejectOne("{\"title\": \"x\",\n \"text\": ");

        assertTrue(rejected.reason().startsWith("malformed JSON: "), rejected.reason());
        assertFalse(rejected.reason().contains("\n"), rejected.reason());
        assertFalse(rejected.reason().contains("Source"), rejected.reason());
        assertFalse(rejected.reason().contains("line:"), rejected.reason());
    }

    @Test
    void rejectsTrailingGarbageAndDuplicateFieldsAsMalformed() {
        assertTrue(rejectOne("{\"text\": \"a\"} {\"text\": \"b\"}").reason().startsWith("malformed JSON: "));
        assertEquals("malformed JSON: Duplicate field 'text'", rejectOne("{\"text\": \"a\", \"text\": \"b\"}").reason());
    }

    @Test
    void rejectsDeeplyNestedJsonAsMalformed() {
        assertTrue(rejectOne("[".repeat(100_000)).reason().startsWith("malformed JSON: Document nesting depth"));
    }

    @Test
    void rejectsObjectWithoutTextString() {
        assertEquals("JSON has no \"text\" string field", rejectOne("{\"title\": \"t\"}").reason());
        assertEquals("JSON has no \"text\" string field", rejectOne("{\"text\": [\"a\"]}").reason());
        assertEquals("no article text", rejectOne("{\"text\": \"  \"}").reason());
    }

    @Test
    void rejectsTopLevelValueThatIsNotAnObject() {
        assertEquals("JSON value is a string, not an object", rejectOne("\"text\"").reason());
        assertEquals("JSON array holds no articles", rejectOne("[]").reason());
    }

    @Test
    void readsTopLevelArrayAsOneArticlePerElement() {
        List<Ingested> items = reader.read("a.json", "[{\"text\": \"One.\"}, 7, {\"text\": \"Three.\"}]");

        assertEquals("a.json#1", assertInstanceOf(Ingested.Read.class, items.get(0)).article().path());
        assertEquals(new Ingested.Rejected("a.json#2", "JSON value is a number, not an object"), items.get(1));
        assertEquals("a.json#3", assertInstanceOf(Ingested.Read.class, items.get(2)).article().path());
    }

    private Article readOne(String json) {
        List<Ingested> items = reader.read("a.json", json);
        assertEquals(1, items.size());
        return assertInstanceOf(Ingested.Read.class, items.get(0)).article();
    }

    private Ingested.Rejected rejectOne(String json) {
        List<Ingested> items = reader.read("a.json", json);
        assertEquals(1, items.size());
        Ingested.Rejected rejected = assertInstanceOf(Ingested.Rejected.class, items.get(0));
        assertEquals("a.json", rejected.path());
        return rejected;
    }
}
