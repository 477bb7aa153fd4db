package org.newsfacts.bench;

import org.newsfacts.model.Analysis;
import org.newsfacts.model.Article;

/**
 * One generated article and the analysis newsfacts would have stored for it.
 *
 * @param article  the article as a reader would produce it (id and hash derived from the text)
 * @param analysis entities and facts, as if the pipeline had found them
 */
public record SyntheticArticle(Article article, Analysis analysis) {
    /** The article as a {@code .txt} file that newsfacts reads back to the same title, date and text. */
    public String asTextFile() {
        StringBuilder file = new StringBuilder(article.title()).append('\n');
        if (article.date() != null) {
            file.append("Date: ").append(article.date()).append('\n');
        }
        return file.append('\n').append(article.text()).append('\n').toString();
    }
}
