package org.newsfacts.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.CorpusWalker;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.model.Article;

/**
 * Turns a folder of articles in any supported format into {@code .txt} files (title line, {@code Date:}
 * line, blank line, text), {@code copies} times over. Each copy ends with its own numbered line, so every
 * file has a different hash and newsfacts analyses each one instead of skipping it as a duplicate.
 */
public final class CorpusReplicator {
    private final ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());

    /**
     * @param rejected told about each file that could not be read (path, reason)
     * @return the number of files written
     */
    public int replicate(List<Path> roots, Path out, int copies, BiConsumer<String, String> rejected) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1, got " + copies);
        }
        Files.createDirectories(out);
        List<Path> files = new CorpusWalker(IngestConfig.defaults()).files(roots).toList();
        int written = 0;
        for (Path file : files) {
            for (Ingested item : reader.read(file)) {
                if (item instanceof Ingested.Rejected r) {
                    rejected.accept(r.path(), r.reason());
                } else if (item instanceof Ingested.Read read) {
                    for (int copy = 1; copy <= copies; copy++) {
                        Files.writeString(out.resolve(name(file, copy, written)), textFile(read.article(), copy),
                                StandardCharsets.UTF_8);
                        written++;
                    }
                }
            }
        }
        return written;
    }

    private static String name(Path file, int copy, int written) {
        String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return String.format("%03d-%s-%05d.txt", copy, base, written);
    }

    private static String textFile(Article article, int copy) {
        StringBuilder file = new StringBuilder(article.title() == null ? "Untitled" : article.title()).append('\n');
        if (article.date() != null) {
            file.append("Date: ").append(article.date()).append('\n');
        }
        return file.append('\n').append(article.text()).append("\n\nBenchmark copy ").append(copy).append(".\n")
                .toString();
    }
}
