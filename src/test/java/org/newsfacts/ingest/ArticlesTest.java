package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsfacts.model.Article;

class ArticlesTest {

    @Test
    void derivesIdAndHashFromTextOnly() {
        Article article = Articles.create("a/b.txt", "Title", "2024-05-01", "https://example.org/x", "abc");

        // SHA-256 of "abc", the FIPS 180-2 test vector
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", article.sha256());
        assertEquals("ba7816bf8f01", article.id());
        assertEquals(article.id(), Articles.create("elsewhere.md", null, null, null, "abc").id());
    }

    @Test
    void keepsTextVerbatimAndTurnsBlankMetadataIntoNull() {
        Article article = Articles.create("p.txt", "  Title  ", " ", "", "  body \n\n text  ");

        assertEquals("  body \n\n text  ", article.text());
        assertEquals("Title", article.title());
        assertNull(article.date());
        assertNull(article.url());
    }

    @Test
    void rejectsBlankTextAsNoArticleText() {
        Ingested item = Articles.ingested("p.txt", "Title", null, null, " \n\t ");

        assertEquals(new Ingested.Rejected("p.txt", "no article text"), assertInstanceOf(Ingested.Rejected.class, item));
    }
}
