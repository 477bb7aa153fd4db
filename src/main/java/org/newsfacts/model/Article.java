package org.newsfacts.model;

import java.util.Objects;

/**
 * One article as ingested: the text exactly as the reader produced it (evidence offsets point into
 * it), plus whatever metadata the file carried. {@code id} is derived from the text, never from the path.
 *
 * @param id     stable content id: the first 12 hex digits of {@code sha256}
 * @param path   where the article was read from, as given on the command line
 * @param title  headline, or null
 * @param date   publication date as {@code YYYY-MM-DD}, or null when neither the file nor the user gave one
 * @param url    source address when the file names one, or null
 * @param text   the article body as ingested
 * @param sha256 hex SHA-256 of {@code text} in UTF-8
 */
public record Article(String id, String path, String title, String date, String url, String text, String sha256) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
    }
}
