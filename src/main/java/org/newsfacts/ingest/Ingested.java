package org.newsfacts.ingest;

import java.util.Objects;
import org.newsfacts.model.Article;

/**
 * What reading one file produced: articles, or a rejection with a one-line reason. Rejections are
 * values, not exceptions, so the caller can report them all and carry on with the batch.
 */
public sealed interface Ingested permits Ingested.Read, Ingested.Rejected {

    /** An article read successfully. */
    record Read(Article article) implements Ingested {
        public Read {
            Objects.requireNonNull(article, "article");
        }
    }

    /**
     * A file (or one line or element of it, as in {@code file.jsonl:3}) that gave no article.
     *
     * @param reason short human reason, one line, printed as {@code rejected [path]: reason}
     */
    record Rejected(String path, String reason) implements Ingested {
        public Rejected {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
