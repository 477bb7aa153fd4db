package org.newsfacts.config;

import java.time.Duration;

/**
 * What the NLP stage runs.
 *
 * @param maxSentenceTokens  sentences longer than this skip tagging and NER (tables, run-on lists)
 * @param articleTimeout     per-article time limit; an article over it is rejected, not waited for
 * @param maxRunChars        longest stretch without a sentence end that CoreNLP is given; an English article
 *                           with a longer one is rejected as not prose, because one "sentence" that long costs
 *                           time and memory out of all proportion and states no fact
 */
public record NlpConfig(int maxSentenceTokens, Duration articleTimeout, int maxRunChars) {
    /** About 20,000 tokens: a hundred times the longest sentence news prose has. */
    public static final int DEFAULT_MAX_RUN_CHARS = 100_000;

    public NlpConfig {
        if (maxSentenceTokens < 10) {
            throw new ConfigException("max sentence tokens must be at least 10, got " + maxSentenceTokens);
        }
        if (articleTimeout == null || articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new ConfigException("article timeout must be positive, got " + articleTimeout);
        }
        if (maxRunChars < 1000) {
            throw new ConfigException("max run without a sentence end must be at least 1000 characters, got " + maxRunChars);
        }
    }

    public static NlpConfig defaults() {
        return new NlpConfig(120, Duration.ofSeconds(120), DEFAULT_MAX_RUN_CHARS);
    }

    /** These settings with another per-article time limit. */
    public NlpConfig withArticleTimeout(Duration timeout) {
        return new NlpConfig(maxSentenceTokens, timeout, maxRunChars);
    }
}
