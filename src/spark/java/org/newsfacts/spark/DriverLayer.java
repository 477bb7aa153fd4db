package org.newsfacts.spark;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.index.CorpusLayerSource;
import org.newsfacts.model.Analysis;

/**
 * The corpus layer builder the driver's index writer is opened with: {@code ingest}'s (an incremental update
 * of the layer in the commit that merges a re-run's shards, when they are few), until the run decides that
 * Spark computes the layer ({@link #leaveToSpark}); from then on a commit leaves the layer stale until the
 * Spark result replaces it. Should that fail, closing the writer recomputes the layer in full, as {@code ingest}
 * would: the index never keeps a layer that disagrees with its articles.
 */
final class DriverLayer implements CorpusLayerBuilder {
    private final CorpusLayerBuilder ingest = CorpusLayerFactory.of(Gazetteer.bundled());
    private boolean onSpark;

    void leaveToSpark() {
        onSpark = true;
    }

    @Override
    public Records build(List<Analysis> articles) {
        return ingest.build(articles);
    }

    @Override
    public Optional<Update> update(CorpusLayerSource layer, Set<String> changedArticles) throws IOException {
        return onSpark ? Optional.empty() : ingest.update(layer, changedArticles);
    }
}
