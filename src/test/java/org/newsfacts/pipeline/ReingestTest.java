package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.search.AnalysisStore;

/** Re-ingesting skips what is unchanged without loading models, replaces what changed, prunes what is gone. */
@Tag("models") // loads CoreNLP
class ReingestTest {

    @Test
    void unchangedCorpusIsSkippedWithoutAnyAnalysis() throws IOException {
        CorpusIndex.path(); // the corpus is indexed
        IngestSummary again = new IngestPipeline(CorpusIndex.config(CorpusIndex.path()),
                () -> {
                    throw new AssertionError("an unchanged re-ingest must not build the analyzer");
                }, IngestListener.SILENT).run(List.of(Path.of("corpus")), false);
        assertEquals(6, again.unchanged());
        assertEquals(0, again.analysed());
    }

    @Test
    void changedFileIsReplacedAndPruneDropsArticlesWhoseFileIsGone(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path index = dir.resolve("index");
        Path first = articles.resolve("first.txt");
        Path second = articles.resolve("second.txt");
        Files.writeString(first, "Agency names new director\nDate: 2030-01-02\n\nThe board met on Monday.");
        Files.writeString(second, "Second note\n\nThe launch was delayed by weather.");
        assertEquals(2, CorpusIndex.ingest(index, List.of(articles)).added());

        Files.writeString(first, "Agency names new director\nDate: 2030-01-02\n\nThe board met again on Tuesday.");
        IngestSummary changed = CorpusIndex.ingest(index, List.of(articles));
        assertEquals(1, changed.updated());
        assertEquals(1, changed.unchanged());

        Files.delete(second);
        IngestSummary pruned = new IngestPipeline(CorpusIndex.config(index), SharedAnalyzer::get, IngestListener.SILENT)
                .run(List.of(articles), true);
        assertEquals(1, pruned.pruned());
        try (AnalysisStore store = AnalysisStore.open(index)) {
            assertEquals(1, store.count());
        }
    }
}
