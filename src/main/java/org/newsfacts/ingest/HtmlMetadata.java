package org.newsfacts.ingest;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, publication date and address of a parsed page, from the tags news sites commonly carry
 * ({@code <title>}, {@code article:published_time}, {@code itemprop=datePublished}, canonical link).
 * A date that does not parse is ignored rather than guessed.
 */
record HtmlMetadata(String title, String date, String url) {

    /** An attribute whose value marks an element as carrying the publication date. */
    private record DateMarker(String attribute, String value) {
    }

    /** Most specific first. */
    private static final List<DateMarker> DATE_MARKERS = List.of(
            new DateMarker("property", "article:published_time"),
            new DateMarker("name", "article:published_time"),
            new DateMarker("itemprop", "datePublished"),
            new DateMarker("name", "date"));

    static HtmlMetadata of(Document document) {
        return new HtmlMetadata(title(document), date(document), url(document));
    }

    private static String title(Document document) {
        String title = document.title();
        if (!title.isBlank()) {
            return title;
        }
        Element heading = document.selectFirst("h1");
        return heading == null ? null : heading.text();
    }

    private static String date(Document document) {
        for (DateMarker marker : DATE_MARKERS) {
            for (Element element : document.getElementsByAttributeValue(marker.attribute(), marker.value())) {
                String date = DateNormalizer.toIsoDate(dateValue(element));
                if (date != null) {
                    return date;
                }
            }
        }
        return null;
    }

    /** {@code <meta content>}, {@code <time datetime>}, or the element's own text. */
    private static String dateValue(Element element) {
        for (String attribute : List.of("content", "datetime")) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute);
            }
        }
        return element.text();
    }

    private static String url(Document document) {
        for (Element link : document.getElementsByAttributeValue("rel", "canonical")) {
            if (!link.attr("href").isBlank()) {
                return link.attr("href").strip();
            }
        }
        for (Element meta : document.getElementsByAttributeValue("property", "og:url")) {
            if (!meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return null;
    }
}
