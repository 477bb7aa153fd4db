package org.newsfacts.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

    @Option(names = "--warm-up", paramLabel = "N", description = "Untimed requests sent first, each a query of its "
            + "own, so the server's JIT has compiled its hot paths: a long-running server answers warm "
            + "(default: ${DEFAULT-VALUE}).")
    int warmUp = 8000;

    @Option(names = "--deadline", paramLabel = "SECONDS", description = "Stop sending after this long (default: ${DEFAULT-VALUE}).")
    int deadline = 300;

    @Option(names = "--server-pid", paramLabel = "PID",
            description = "The server's process id (on this machine): its CPU time per timed request is reported.")
    Long serverPid;

    @Option(names = "--fresh", description = "Timed queries drawn anew, each sent once and none of the warm-up's: "
            + "what a server answers when nothing it kept from earlier requests helps (default: the mix of 600, cycled).")
    boolean fresh;

    @Option(names = "--draw", paramLabel = "N", description = "Which draw of fresh queries (default: ${DEFAULT-VALUE}): "
            + "a second --fresh row on the same server takes another draw, or it would repeat the first one's queries.")
    int draw = 1;

    @Option(names = "--no-header", description = "Print the table row only (to append to an earlier run's table).")
    boolean noHeader;

    /** The warm-up's queries are a draw no timed row takes ({@code --draw} stays at 1,000 or below). */
    private static final int WARM_UP_DRAW = 1_000_003;

    @Override
    public Integer call() throws Exception {
        if (draw < 1 || draw > 1000) {
            throw new ParameterException(spec.commandLine(), "--draw must be 1 to 1000 (draw 0 is the mix itself)");
        }
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(seed, 30_000, 200, 1_150);
        List<String> samples = new SyntheticIndexBuilder(generator).samplesOnly(articles);
        List<String> mix = queries(generator, seed + 1, 200, samples);
        ProcessHandle server = serverPid == null ? null : ProcessHandle.of(serverPid)
                .orElseThrow(() -> new IllegalArgumentException("no process " + serverPid + " on this machine"));
        List<String> timed = mix;
        int count = requests;
        if (fresh) {
            // a second draw of the same kinds, interleaved, each query once: only what the server keeps per
            // article (hit summaries) can help, not anything it keeps per query
            timed = interleaved(queries(generator, seed + 1 + draw, (requests + 2) / 3, samples));
            count = Math.min(requests, timed.size());
        }
        if (warmUp > 0) {
            // queries of their own, each sent once, as a server in use sees them: a warm-up on the cycled mix
            // would leave the paths that repeated queries skip (exact totals, hit summaries) to the JIT's
            // first tier, and the first fresh row would measure their compilation
            List<String> untimed = interleaved(queries(generator, seed + WARM_UP_DRAW, (warmUp + 2) / 3, samples));
            new HttpLoadBenchmark(url, untimed, server).run(clients, Math.min(warmUp, untimed.size()),
                    Duration.ofSeconds(deadline));
        }
        HttpLoadBenchmark.Result r = new HttpLoadBenchmark(url, timed, server).run(clients, count, Duration.ofSeconds(deadline));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        PrintWriter out = spec.commandLine().getOut();
        if (!noHeader) {
            out.println("| queries | clients | requests | errors | requests/s | p50 (ms) | p99 (ms) | max (ms) "
                    + "| server CPU/request (ms) | client CPU/request (ms) | load (1 min) |");
            out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        }
        out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.2f | %.2f | %.1f | %s | %.2f | %.2f |%n",
                fresh ? "fresh" : "mix of " + mix.size(), r.clients(), r.requests(), r.errors(), r.perSecond(),
                r.p50(), r.p99(), r.max(), Double.isNaN(r.serverCpuPerRequest()) ? "-"
                        : String.format(Locale.ROOT, "%.2f", r.serverCpuPerRequest()), r.clientCpuPerRequest(), load);
        out.flush();
        return r.errors() == 0 ? 0 : 3;
    }

    private static List<String> queries(SyntheticArticleGenerator generator, long seed, int perKind, List<String> samples) {
        return new BenchQueries(generator, seed).make(perKind, samples).values().stream().flatMap(List::stream).toList();
    }

    /** term, phrase, boolean, term, ...: every stretch of the timed run sends all kinds. */
    private static List<String> interleaved(List<String> byKind) {
        int perKind = byKind.size() / 3;
        List<String> mixed = new ArrayList<>(byKind.size());
        for (int i = 0; i < perKind; i++) {
            for (int kind = 0; kind < 3; kind++) {
                mixed.add(byKind.get(kind * perKind + i));
            }
        }
        return mixed;
    }
}
