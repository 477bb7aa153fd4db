package org.newsfacts.config;

import java.time.Duration;

/**
 * What the NLP stage runs.
 *
 * @param maxSentenceTokens  sentences longer than this skip NER and parsing (tables, run-on lists)
 * @param parse              whether to dependency-parse sentences that look like they state a fact
 * @param articleTimeout     per-article time limit; an article over it is rejected, not waited for
 */
public record NlpConfig(int maxSentenceTokens, boolean parse, Duration articleTimeout) {
    public NlpConfig {
        if (maxSentenceTokens < 10) {
            throw new ConfigException("max sentence tokens must be at least 10, got " + maxSentenceTokens);
        }
        if (articleTimeout == null || articleTimeout.isNegative() || articleTimeout.isZero()) {
            throw new ConfigException("article timeout must be positive, got " + articleTimeout);
        }
    }

    public static NlpConfig defaults() {
        return new NlpConfig(120, true, Duration.ofSeconds(120));
    }
}
