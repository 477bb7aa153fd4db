package org.newsfacts.ingest;

import java.util.List;

/**
 * Reads the decoded text of one file of a single format. Implementations never throw for bad
 * input and never touch the file system: decoding and limits are {@link ArticleFileReader}'s job.
 */
interface FormatReader {

    /**
     * The articles in {@code content}, or rejections with one-line reasons.
     *
     * @param path    the file's path as given, used for {@code Article.path} and rejections
     * @param content the whole decoded file, never blank
     */
    List<Ingested> read(String path, String content);
}
