package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.search.AnalysisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts reindex-corpus}: recomputes the stored corpus layer (entities, merged facts) from every
 * article in the index, without NLP, and commits it. Ingest keeps the layer up to date; this is the full
 * recomputation, for an index written before the layer existed or after the merging rules changed.
 */
@Command(name = "reindex-corpus", mixinStandardHelpOptions = true,
        description = "Recompute the stored corpus layer (entities, merged facts) from the indexed articles.")
final class ReindexCorpusCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        AnalysisStore.open(common.indexDirectory()).close(); // no index there: say so, do not create one
        long started = System.nanoTime();
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(common.indexDirectory()),
                CorpusLayerFactory.of(Gazetteer.bundled()))) {
            indexer.rebuildCorpus();
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("corpus layer of %s recomputed in %.1f s%n", common.indexDirectory(), (System.nanoTime() - started) / 1e9);
        err.flush();
        return ExitCodes.OK;
    }
}
