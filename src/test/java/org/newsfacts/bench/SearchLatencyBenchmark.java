package org.newsfacts.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.newsfacts.search.ArticleSearcher;
import org.newsfacts.search.SearchRequest;

/**
 * Times searches in-process, as a long-running service would run them: each query end to end through
 * {@link ArticleSearcher#search} (parse, rank, exact total, highlighted snippets, stored analyses), after
 * one untimed warm-up pass over the same queries so the JIT has compiled the hot paths.
 */
public final class SearchLatencyBenchmark {
    /** Hits per query, as the CLI shows by default. */
    private static final int LIMIT = 10;

    /** Latency of one kind of query, in milliseconds. */
    public record Latency(String kind, int queries, double p50, double p99, double max, long medianTotal) {
    }

    /** One timed query. */
    public record Timed(String query, double millis, long total) {
    }

    private final ArticleSearcher searcher;
    private final List<Timed> timed = new ArrayList<>();

    public SearchLatencyBenchmark(ArticleSearcher searcher) {
        this.searcher = searcher;
    }

    /** One latency line per kind, then one over all queries (kind "all"). */
    public List<Latency> run(Map<String, List<String>> queriesByKind) throws IOException {
        for (List<String> queries : queriesByKind.values()) {
            for (String query : queries) {
                searcher.search(SearchRequest.of(query, LIMIT));
            }
        }
        List<Latency> result = new ArrayList<>();
        List<double[]> all = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : queriesByKind.entrySet()) {
            double[] millis = new double[kind.getValue().size()];
            long[] totals = new long[millis.length];
            for (int i = 0; i < millis.length; i++) {
                long start = System.nanoTime();
                totals[i] = searcher.search(SearchRequest.of(kind.getValue().get(i), LIMIT)).total();
                millis[i] = (System.nanoTime() - start) / 1e6;
                timed.add(new Timed(kind.getValue().get(i), millis[i], totals[i]));
            }
            all.add(millis);
            Arrays.sort(totals);
            result.add(latency(kind.getKey(), millis, totals[totals.length / 2]));
        }
        double[] everything = all.stream().flatMapToDouble(Arrays::stream).toArray();
        result.add(latency("all", everything, -1));
        return result;
    }

    /** The {@code n} slowest queries of the last {@link #run}, slowest first. */
    public List<Timed> slowest(int n) {
        return timed.stream().sorted(Comparator.comparingDouble(Timed::millis).reversed()).limit(n).toList();
    }

    private static Latency latency(String kind, double[] millis, long medianTotal) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(kind, sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                sorted[sorted.length - 1], medianTotal);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
