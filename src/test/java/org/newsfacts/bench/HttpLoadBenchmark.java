package org.newsfacts.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
 * and latencies are measured end to end over HTTP, each client on its own keep-alive connection
 * ({@link LoopbackHttpClient}). Loopback only: the caller gives a local address.
 */
public final class HttpLoadBenchmark {
    /** What one run measured; latencies in milliseconds. */
    public record Result(int clients, int requests, int errors, double seconds, double p50, double p99, double max,
                         double clientCpuMs, double serverCpuMs) {
        public double perSecond() {
            return requests / seconds;
        }

        /** CPU time of this (client) process per request, in milliseconds. */
        public double clientCpuPerRequest() {
            return requests == 0 ? 0 : clientCpuMs / requests;
        }

        /** CPU time of the server process per request, in milliseconds, or NaN when its process was not given. */
        public double serverCpuPerRequest() {
            return requests == 0 ? 0 : serverCpuMs / requests;
        }
    }

    private final URI base;
    private final List<String> queries;

    /** The server's process when it runs on this machine: its CPU time is read before and after a run. */
    private final ProcessHandle server;

    public HttpLoadBenchmark(URI base, List<String> queries, ProcessHandle server) {
        if (!List.of("127.0.0.1", "localhost", "[::1]").contains(base.getHost())) {
            throw new IllegalArgumentException("the load test only targets this machine's loopback, not " + base.getHost());
        }
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("no queries to send");
        }
        this.base = base;
        this.queries = List.copyOf(queries);
        this.server = server;
    }

    /** Sends {@code total} requests from {@code clients} threads; stops early at {@code deadline}. */
    public Result run(int clients, int total, Duration deadline) throws InterruptedException {
        long[] latencies = new long[total];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong stopAt = new AtomicLong(System.nanoTime() + deadline.toNanos());
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        double clientCpu0 = cpuMillis(ProcessHandle.current());
        double serverCpu0 = cpuMillis(server);
        long start = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                try (LoopbackHttpClient client = new LoopbackHttpClient(base)) {
                    for (int i = next.getAndIncrement(); i < total && System.nanoTime() < stopAt.get(); i = next.getAndIncrement()) {
                        long t0 = System.nanoTime();
                        boolean ok = send(client, queries.get(i % queries.size()));
                        latencies[i] = System.nanoTime() - t0;
                        done.incrementAndGet();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
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
        double clientCpu = cpuMillis(ProcessHandle.current()) - clientCpu0;
        double serverCpu = cpuMillis(server) - serverCpu0;
        long[] measured = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
        return new Result(clients, done.get(), errors.get(), seconds, percentile(measured, 0.50), percentile(measured, 0.99),
                measured.length == 0 ? 0 : measured[measured.length - 1] / 1e6, clientCpu, serverCpu);
    }

    /** User plus system CPU time of a process so far (Linux reads /proc), NaN when unknown. */
    private static double cpuMillis(ProcessHandle process) {
        if (process == null) {
            return Double.NaN;
        }
        return process.info().totalCpuDuration().map(d -> d.toNanos() / 1e6).orElse(Double.NaN);
    }

    /** A 200 with a body counts as an answer; anything else (a status, a broken connection) as an error. */
    private static boolean send(LoopbackHttpClient client, String query) {
        try {
            LoopbackHttpClient.Response response = client.get("/api/search?limit=10&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            return response.status() == 200 && response.bodyBytes() > 0;
        } catch (IOException e) {
            client.close();
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
