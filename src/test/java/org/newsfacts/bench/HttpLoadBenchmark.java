package org.newsfacts.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code /api/search} on a running {@code newsfacts serve}: a fixed number of clients
 * send a fixed number of requests in all (and stop at a deadline whatever is left), each a query of the mix,
 * and latencies are measured end to end over HTTP. Loopback only: the caller gives a local address.
 */
public final class HttpLoadBenchmark {
    /** What one run measured; latencies in milliseconds. */
    public record Result(int clients, int requests, int errors, double seconds, double p50, double p99, double max) {
        public double perSecond() {
            return requests / seconds;
        }
    }

    private final URI base;
    private final List<String> queries;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(60)).build();

    public HttpLoadBenchmark(URI base, List<String> queries) {
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("the load test only targets this machine's loopback, not " + base.getHost());
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries to send");
        }
        this.base = base;
        this.queries = List.copyOf(queries);
    }

    /** Sends {@code total} requests from {@code clients} threads; stops early at {@code deadline}. */
    public Result run(int clients, int total, Duration deadline) throws InterruptedException {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong stopAt = new AtomicLong(System.nanoTime() + deadline.toNanos());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < total && System.nanoTime() < stopAt.get(); i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    boolean ok = send(queries.get(i % queries.size()));
                    latencies[i] = System.nanoTime() - t0;
                    done.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        return new Result(clients, done.get(), errors.get(), seconds, percentile(measured, 0.50), percentile(measured, 0.99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6);
    }

    private boolean send(String query) {
        URI uri = base.resolve("/api/search?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
