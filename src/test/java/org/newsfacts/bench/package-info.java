/**
 * Benchmark support for {@code bench/run}, kept in the test sources so the product jar carries none of it:
 * synthetic articles for index and search measurements (no NLP, no real text), replicated copies of a real
 * corpus, an index seeded without analysis (to time unchanged re-ingests at scale), and in-process search
 * latency. {@link org.newsfacts.bench.BenchCommand} is its command line. It sits on top of {@code ingest},
 * {@code index} and {@code search}; nothing in the product depends on it.
 */
package org.newsfacts.bench;
