package org.newsfacts.corpus;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.model.Analysis;
import org.newsfacts.search.AnalysisStore;
import org.newsfacts.search.CorpusLayerStore;

/**
 * Opens the corpus of an index, without NLP: from the stored corpus layer when it is fresh, else by
 * recomputing the {@link Corpus} from the analyses. Either way it reflects the index as last committed.
 */
public final class CorpusReader {
    /** System property: {@code true} ignores the stored layer and recomputes, the baseline of {@code bench/corpus-layer}. */
    public static final String RECOMPUTE = "newsfacts.corpus.recompute";

    private CorpusReader() {
    }

    /**
     * The corpus of the index as the read-only commands ask it: looked up in the stored corpus layer when
     * the last commit's layer matches its articles, else recomputed from the analyses (an index written
     * before the layer existed, or whose last ingest was interrupted).
     *
     * @throws org.newsfacts.search.IndexMissingException when there is no index at {@code index}
     */
    public static CorpusView open(Path index) throws IOException {
        return open(index, Gazetteer::bundled);
    }

    public static CorpusView open(Path index, Gazetteer gazetteer) throws IOException {
        return open(index, () -> gazetteer);
    }

    /** {@code gazetteer} is called at most once, and only when the answer needs it (a stored layer asked for a name). */
    private static CorpusView open(Path index, Supplier<Gazetteer> gazetteer) throws IOException {
        CorpusLayerStore store = CorpusLayerStore.open(index);
        try {
            if (store.fresh() && !Boolean.getBoolean(RECOMPUTE)) {
                return new StoredCorpus(store, gazetteer);
            }
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        store.close();
        return read(index, gazetteer.get());
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
