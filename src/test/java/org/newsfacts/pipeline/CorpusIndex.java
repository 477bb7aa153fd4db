package org.newsfacts.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.config.NlpConfig;

/**
 * The repository's {@code corpus/} ingested once per test JVM into a temporary index, for the tests that
 * read an index (search, facts, export, CLI) without paying for another analysis.
 */
public final class CorpusIndex {
    private CorpusIndex() {
    }

    private static final class Holder {
        static final Path INDEX;
        static final IngestSummary SUMMARY;

        static {
            try {
                INDEX = Files.createTempDirectory("newsfacts-corpus-index");
                SUMMARY = ingest(INDEX, List.of(Path.of("corpus")));
            } catch (IOException e) {
                throw new ExceptionInInitializerError(e);
            }
        }
    }

    public static Path path() {
        return Holder.INDEX;
    }

    public static IngestSummary firstIngest() {
        return Holder.SUMMARY;
    }

    /** Ingests with the shared analyzer into {@code index}. */
    public static IngestSummary ingest(Path index, List<Path> roots) throws IOException {
        return new IngestPipeline(config(index), SharedAnalyzer::get, IngestListener.SILENT).run(roots, false);
    }

    public static NewsfactsConfig config(Path index) {
        return new NewsfactsConfig(IngestConfig.defaults(), NlpConfig.defaults(), IndexConfig.at(index), 2);
    }
}
