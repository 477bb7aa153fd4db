package org.newsfacts.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Articles;
import org.newsfacts.ingest.Ingested;

/**
 * One input a task reads: an article file (any format {@code ingest} reads, through its readers), or one row of
 * a Parquet table with {@code title}, {@code date}, {@code text} and {@code url} columns, named
 * {@code table.parquet#N} as a JSON Lines record is named {@code file.jsonl#N}.
 *
 * @param file the file, for a file source; null for a row
 */
record Source(String file, String path, String title, String date, String url, String text) implements Serializable {
    static Source file(String file) {
        return new Source(file, null, null, null, null, null);
    }

    static Source row(String path, String title, String date, String url, String text) {
        return new Source(null, path, title, date, url, text);
    }

    /** What the source holds, read as {@code ingest} reads it; close the stream to close the file. */
    Stream<Ingested> read(ArticleFileReader reader) {
        if (file != null) {
            return reader.stream(Path.of(file));
        }
        if (text == null || text.isBlank()) {
            return Stream.of(new Ingested.Rejected(path, "no article text"));
        }
        return Stream.of(new Ingested.Read(Articles.create(path, title, date, url, text)));
    }
}
