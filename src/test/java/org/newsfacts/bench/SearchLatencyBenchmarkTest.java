package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.search.ArticleSearcher;
import org.newsfacts.search.SearchRequest;

class SearchLatencyBenchmarkTest {

    @Test
    void timesEveryQueryOfEachKindOnASmallSyntheticIndex(@TempDir Path dir) throws IOException {
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(7, 2_000, 60, 120);
        Path index = dir.resolve("index");
        SyntheticIndexBuilder.Build build = new SyntheticIndexBuilder(generator).build(index, 100, Set.of(50));
        assertEquals(List.of(50, 100), build.checkpoints().stream().map(SyntheticIndexBuilder.Checkpoint::articles).toList());
        assertEquals(1, build.sampleTexts().size()); // one text every 500 articles, from the first

        Map<String, List<String>> queries = new BenchQueries(generator, 8).make(6, build.sampleTexts());
        try (ArticleSearcher searcher = ArticleSearcher.open(index)) {
            assertEquals(100, searcher.count());
            for (String phrase : queries.get("phrase")) {
                assertTrue(searcher.search(SearchRequest.of(phrase, 10)).total() > 0, "phrase from an indexed text: " + phrase);
            }
            SearchLatencyBenchmark benchmark = new SearchLatencyBenchmark(searcher);
            List<SearchLatencyBenchmark.Latency> latencies = benchmark.run(queries);

            assertEquals(List.of("term", "phrase", "boolean", "all"),
                    latencies.stream().map(SearchLatencyBenchmark.Latency::kind).toList());
            assertEquals(List.of(6, 6, 6, 18), latencies.stream().map(SearchLatencyBenchmark.Latency::queries).toList());
            for (SearchLatencyBenchmark.Latency l : latencies) {
                assertTrue(0 <= l.p50() && l.p50() <= l.p99() && l.p99() <= l.max(), l.toString());
            }
            assertTrue(latencies.get(1).medianTotal() > 0, "phrases are drawn from indexed texts");
            assertEquals(-1, latencies.get(3).medianTotal());
            List<SearchLatencyBenchmark.Timed> slowest = benchmark.slowest(3);
            assertEquals(3, slowest.size());
            assertTrue(slowest.get(0).millis() >= slowest.get(2).millis());
        }
    }

    @Test
    void percentileIsNearestRank() {
        double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(5, SearchLatencyBenchmark.percentile(sorted, 50));
        assertEquals(10, SearchLatencyBenchmark.percentile(sorted, 99));
        assertEquals(1, SearchLatencyBenchmark.percentile(new double[] {1}, 50));
    }

    @Test
    void refusesToBuildOverAnExistingIndex(@TempDir Path dir) throws IOException {
        SyntheticIndexBuilder builder = new SyntheticIndexBuilder(new SyntheticArticleGenerator(7, 500, 20, 40));
        builder.build(dir.resolve("index"), 10, Set.of());
        assertThrows(IOException.class, () -> builder.build(dir.resolve("index"), 10, Set.of()));
    }
}
