package org.newsfacts.spark;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Articles;
import org.newsfacts.ingest.Ingested;

/**
 * One input a task reads: an article file (any format {@code ingest} reads, through its readers; a local path,
 * or a Hadoop URI read through {@link HadoopFiles}), or one row of a Parquet table with {@code title},
 * {@code date}, {@code text} and {@code url} columns, named {@code table.parquet#N} as a JSON Lines record is
 * named {@code file.jsonl#N}.
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

    /**
     * What the source holds, read as {@code ingest} reads it; close the stream to close the file. A row is
     * held to {@code config} like a record of a JSON Lines file: {@code --max-bytes} applies to its text,
     * {@code --date} fills a missing date.
     */
    Stream<Ingested> read(ArticleFileReader reader, IngestConfig config) {
        if (file != null) {
            return HadoopFiles.isUri(file) ? HadoopFiles.read(file, reader) : reader.stream(Path.of(file));
        }
        if (text == null || text.isBlank()) {
            return Stream.of(new Ingested.Rejected(path, "no article text"));
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.maxBytes()) {
            return Stream.of(new Ingested.Rejected(path, "record is over the limit of " + config.maxBytes()
                    + " bytes (--max-bytes applies to each row of a Parquet table)"));
        }
        String dated = date == null || date.isBlank() ? config.defaultDate() : date;
        return Stream.of(new Ingested.Read(Articles.create(path, title, dated, url, text)));
    }
}
