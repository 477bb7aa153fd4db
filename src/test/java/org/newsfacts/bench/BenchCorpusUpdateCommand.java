package org.newsfacts.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.index.CorpusLayerSource;
import org.newsfacts.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench corpus-update --index DIR --articles K}: adds K new synthetic articles (analyses made by the
 * generator, no NLP) to an index holding a corpus layer, through {@link ArticleIndexer} with the ingest's
 * own layer builder, in one commit, and reports what the corpus layer cost beyond writing the articles:
 * the incremental update, or the full recomputation when the update declined. Prints one Markdown row.
 */
@Command(name = "corpus-update", mixinStandardHelpOptions = true,
        description = "Time the corpus-layer update of an ingest of K new articles into an existing index.")
final class BenchCorpusUpdateCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder (with a corpus layer).")
    Path index;

    @Option(names = "--articles", paramLabel = "K", description = "New articles (default: ${DEFAULT-VALUE}).")
    int articles = 100;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the new articles (default: ${DEFAULT-VALUE}).")
    long seed = 4242;

    @Option(names = "--header", description = "Print the table header first.")
    boolean header;

    @Spec
    CommandSpec spec;

    /** The ingest's builder, timing its two ways of computing the layer. */
    private static final class Timed implements CorpusLayerBuilder {
        private final CorpusLayerBuilder real = CorpusLayerFactory.of(Gazetteer.bundled());
        double updateSeconds;
        double buildSeconds;
        boolean declined;

        @Override
        public Records build(List<Analysis> all) {
            long started = System.nanoTime();
            Records records = real.build(all);
            buildSeconds += (System.nanoTime() - started) / 1e9;
            return records;
        }

        @Override
        public Optional<Update> update(CorpusLayerSource layer, Set<String> changed) throws IOException {
            long started = System.nanoTime();
            Optional<Update> update = real.update(layer, changed);
            updateSeconds += (System.nanoTime() - started) / 1e9;
            declined |= update.isEmpty();
            return update;
        }
    }

    @Override
    public Integer call() throws IOException {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(seed, 30_000, 200, 1_150);
        Timed builder = new Timed();
        long bytesBefore = SyntheticIndexBuilder.size(index);
        int before;
        double putSeconds;
        double commitSeconds;
        try (ArticleIndexer indexer = ArticleIndexer.open(new IndexConfig(index, Integer.MAX_VALUE), builder)) {
            before = indexer.pathToId().size();
            long started = System.nanoTime();
            for (int i = 1; i <= articles; i++) {
                SyntheticArticle article = generator.next(String.format("update-%d/%06d.txt", seed, i));
                indexer.put(article.analysis(), article.article().text());
            }
            putSeconds = (System.nanoTime() - started) / 1e9;
            started = System.nanoTime();
            indexer.finish();
            commitSeconds = (System.nanoTime() - started) / 1e9;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (header) {
            out.println("| index (articles) | new articles | writing them (s) | corpus layer (s) | how | commit in all (s) |");
            out.println("|---:|---:|---:|---:|---|---:|");
        }
        String how = builder.declined ? String.format("declined after %.2f s, full recomputation", builder.updateSeconds)
                : "incremental";
        double layer = builder.updateSeconds + builder.buildSeconds;
        out.printf("| %,d | %d | %.2f | %.2f | %s | %.2f |%n", before, articles, putSeconds, layer, how, commitSeconds);
        out.flush();
        spec.commandLine().getErr().printf("index grew by %,d bytes%n", SyntheticIndexBuilder.size(index) - bytesBefore);
        return 0;
    }
}
