package org.newsfacts.bench;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench http --url URL}: a bounded load test of a running {@code newsfacts serve} on the
 * synthetic index of {@code bench search} (the same query mix), printing a Markdown table row.
 */
@Command(name = "http", mixinStandardHelpOptions = true,
        description = "Load-test /api/search of a local newsfacts serve (Markdown on stdout).")
final class BenchHttpCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/.")
    URI url;

    @Option(names = "--articles", paramLabel = "N", description = "Articles of the synthetic index (default: ${DEFAULT-VALUE}).")
    int articles = 100_000;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the synthetic index (default: ${DEFAULT-VALUE}).")
    long seed = 7;

    @Option(names = "--clients", paramLabel = "N", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients = 8;

    @Option(names = "--requests", paramLabel = "N", description = "Requests in all (default: ${DEFAULT-VALUE}).")
    int requests = 4000;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "Stop sending after this long (default: ${DEFAULT-VALUE}).")
    int deadline = 300;

    @Override
    public Integer call() throws Exception {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(seed, 30_000, 200, 1_150);
        List<String> samples = new SyntheticIndexBuilder(generator).samplesOnly(articles);
        List<String> queries = new BenchQueries(generator, seed + 1).make(200, samples).values().stream()
                .flatMap(List::stream).toList();
        HttpLoadBenchmark benchmark = new HttpLoadBenchmark(url, queries);
        benchmark.run(clients, Math.min(requests, 400), Duration.ofSeconds(deadline)); // warm-up, untimed
        HttpLoadBenchmark.Result r = benchmark.run(clients, requests, Duration.ofSeconds(deadline));
        PrintWriter out = spec.commandLine().getOut();
        out.println("| clients | requests | errors | requests/s | p50 (ms) | p99 (ms) | max (ms) |");
        out.println("|---:|---:|---:|---:|---:|---:|---:|");
        out.printf("| %d | %d | %d | %.0f | %.2f | %.2f | %.1f |%n", r.clients(), r.requests(), r.errors(), r.perSecond(),
                r.p50(), r.p99(), r.max());
        out.flush();
        return r.errors() == 0 ? 0 : 3;
    }
}
