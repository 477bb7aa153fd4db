/**
 * Benchmark support behind the hidden {@code newsfacts bench} command, used by {@code bench/run}: synthetic
 * articles for index and search measurements (no NLP, no real text), replicated copies of a real corpus, an
 * index seeded without analysis (to time unchanged re-ingests at scale), and in-process search latency.
 * It sits beside {@code cli}, on top of {@code ingest}, {@code index} and {@code search}; nothing depends on it.
 */
package org.newsfacts.bench;
