package org.newsfacts.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Every address a page links to, built here: paths of this server with encoded parts. The one value taken
 * from an article as an address is its source URL, linked only when it is an absolute http(s) address, so a
 * {@code javascript:} or {@code data:} "URL" in an article stays text.
 */
final class Hrefs {
    private Hrefs() {
    }

    static String article(String id) {
        return "/articles/" + encode(id);
    }

    static String entity(String id) {
        return "/entities/" + encode(id);
    }

    static String entityNamed(String name) {
        return "/entities?name=" + encode(name);
    }

    /** A Wikidata item page, only for an id of the form Q123. */
    static String wikidata(String id) {
        return id != null && id.matches("Q[0-9]{1,12}") ? "https://www.wikidata.org/wiki/" + id : null;
    }

    /** The article's source address when it is an absolute http or https URL without spaces or controls, else null. */
    static String source(String url) {
        if (url == null || url.length() > 2000 || !url.matches("(?i)https?://[^\\s\\p{Cntrl}/?#]+[^\\s\\p{Cntrl}]*")) {
            return null;
        }
        return url;
    }

    /** {@code path?k=v&...} with blank values left out. */
    static String query(String path, Map<String, String> params) {
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                joiner.add(encode(k) + "=" + encode(v));
            }
        });
        return joiner.length() == 0 ? path : path + "?" + joiner;
    }

    static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
