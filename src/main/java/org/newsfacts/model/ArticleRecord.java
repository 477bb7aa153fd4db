package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The exported shape of an article (FACTS-SCHEMA v1): metadata only, the text stays in the index. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "path", "title", "date", "language", "sha256", "tokens"})
public record ArticleRecord(String id, String path, String title, String date, String language, String sha256,
                            int tokens) {
}
