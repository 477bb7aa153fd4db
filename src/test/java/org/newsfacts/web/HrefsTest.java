package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The one address a page takes from an article, its source URL, is linked only when it is plain http(s). */
class HrefsTest {

    @Test
    void httpAndHttpsSourcesAreLinked() {
        assertEquals("https://news.example/a?b=1#c", Hrefs.source("https://news.example/a?b=1#c"));
        assertEquals("HTTP://news.example", Hrefs.source("HTTP://news.example"));
    }

    @Test
    void otherSchemesRelativeAddressesAndControlsAreNot() {
        assertNull(Hrefs.source(null));
        assertNull(Hrefs.source("javascript:alert(1)"));
        assertNull(Hrefs.source(" javascript:alert(1)"));
        assertNull(Hrefs.source("data:text/html,<script>1</script>"));
        assertNull(Hrefs.source("//news.example/a"));
        assertNull(Hrefs.source("../../outside.html"));
        assertNull(Hrefs.source("https:///etc/passwd"));
        assertNull(Hrefs.source("https://news.example/a\nb"));
        assertNull(Hrefs.source("https://news.example/a b"));
        assertNull(Hrefs.source("https://" + "x".repeat(2000)));
    }
}
