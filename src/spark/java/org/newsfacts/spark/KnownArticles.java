package org.newsfacts.spark;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.newsfacts.model.Article;

/**
 * What the index already holds (path → content id), broadcast to the executors so a re-run skips unchanged
 * articles before analysing them, as {@code ingest} does: an article is unchanged when its path already has
 * its content id, or its text is indexed under another path. Paths and ids only, never article text.
 */
final class KnownArticles implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HashMap<String, String> idByPath;
    private final HashSet<String> ids;

    KnownArticles(Map<String, String> idByPath) {
        this.idByPath = new HashMap<>(idByPath);
        this.ids = new HashSet<>(idByPath.values());
    }

    boolean unchanged(Article article) {
        return article.id().equals(idByPath.get(article.path())) || ids.contains(article.id());
    }
}
