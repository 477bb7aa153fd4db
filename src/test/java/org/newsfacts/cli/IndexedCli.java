package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.index.ArticleIndexer;

/** A real index written from hand-built analyses (no models), and CLI runs against it through picocli. */
final class IndexedCli {
    /** What one command returned and printed. */
    record Run(int code, String out, String err) {
    }

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
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Newsfacts.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        String[] withIndex = Stream.concat(Stream.of(args), Stream.of("--index", index.toString()))
                .toArray(String[]::new);
        int code = cli.execute(withIndex);
        return new Run(code, out.toString(), err.toString());
    }
}
