package org.newsfacts.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.model.Analysis;
import org.newsfacts.search.AnalysisStore;

/**
 * Builds the {@link Corpus} from the analyses stored in an index, without NLP. Nothing is cached: each
 * read reflects the index as last committed, so re-ingested and pruned articles count at once.
 */
public final class CorpusReader {
    private CorpusReader() {
    }

    /** @throws org.newsfacts.search.IndexMissingException when there is no index at {@code index} */
    public static Corpus read(Path index) throws IOException {
        return read(index, Gazetteer.bundled());
    }

    public static Corpus read(Path index, Gazetteer gazetteer) throws IOException {
        try (AnalysisStore store = AnalysisStore.open(index); Stream<Analysis> all = store.all()) {
            List<Analysis> analyses = all.toList();
            return Corpus.of(analyses, gazetteer);
        }
    }
}
