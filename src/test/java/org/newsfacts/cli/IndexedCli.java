package org.newsfacts.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.robust.Cli;
import org.newsfacts.robust.Cli.Run;

/** A real index written from hand-built analyses (no models), and CLI runs against it through picocli. */
final class IndexedCli {
    private IndexedCli() {
    }

    /** Writes {@code articles} into a new index at {@code index}, as ingest would store their analyses. */
    static void index(Path index, List<AnalysisBuilder> articles) throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            for (AnalysisBuilder article : articles) {
                indexer.put(article.build(), article.text());
            }
        }
    }

    /** Runs {@code newsfacts ARGS --index INDEX} in-process. */
    static Run run(Path index, String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--index", index.toString())).toArray(String[]::new));
    }
}
