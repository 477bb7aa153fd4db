package org.newsfacts.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsfacts.search.ArticleSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench search --index DIR --articles N}: builds an index of N synthetic articles, then
 * times term, phrase and boolean queries in-process. Prints Markdown tables; leaves the index in place.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Build a synthetic index and measure in-process search latency (Markdown on stdout).")
final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--index", required = true, paramLabel = "DIR", description = "Index folder.")
    Path index;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--queries", paramLabel = "N", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
    int queries = 200;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--reuse", description = "Reuse an index built before with the same --articles and --seed.")
    boolean reuse;

    @Option(names = "--examples", paramLabel = "FILE", description = "Write a few of the queries here, one a line.")
    Path examples;

    @Override
    public Integer call() throws Exception {
        // ~780 tokens on average, like the news articles the issue measured
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(seed, 30_000, 200, 1_150);
        SyntheticIndexBuilder builder = new SyntheticIndexBuilder(generator);
        PrintWriter out = spec.commandLine().getOut();
        List<String> samples;
        if (reuse && Files.isDirectory(index)) {
            samples = builder.samplesOnly(articles);
        } else {
            SyntheticIndexBuilder.Build build = builder.build(index, articles, Set.of(1_000, 10_000, 30_000));
            out.println("| articles | build time (s) | index size (MB) |");
            out.println("|---:|---:|---:|");
            for (SyntheticIndexBuilder.Checkpoint c : build.checkpoints()) {
                out.printf("| %,d | %.1f | %.1f |%n", c.articles(), c.seconds(), c.bytes() / 1e6);
            }
            out.println();
            samples = build.sampleTexts();
        }
        Map<String, List<String>> byKind = new BenchQueries(generator, seed + 1).make(queries, samples);
        out.println("| queries | n | p50 (ms) | p99 (ms) | max (ms) | median hits |");
        out.println("|---|---:|---:|---:|---:|---:|");
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            SearchLatencyBenchmark benchmark = new SearchLatencyBenchmark(searcher);
            for (SearchLatencyBenchmark.Latency l : benchmark.run(byKind)) {
                out.printf("| %s | %d | %.2f | %.2f | %.2f | %s |%n", l.kind(), l.queries(), l.p50(), l.p99(), l.max(),
                        l.medianTotal() < 0 ? "" : String.format("%,d", l.medianTotal()));
            }
            out.println();
            out.print("Slowest:");
            benchmark.slowest(5).forEach(t -> out.printf(" `%s` %.1f ms (%,d hits);", t.query(), t.millis(), t.total()));
            out.println();
        }
        out.flush();
        if (examples != null) {
            List<String> lines = byKind.values().stream().flatMap(q -> q.stream().limit(2)).toList();
            Files.write(examples, lines, StandardCharsets.UTF_8);
        }
        return 0;
    }
}
