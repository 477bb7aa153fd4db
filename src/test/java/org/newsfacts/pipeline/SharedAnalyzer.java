package org.newsfacts.pipeline;

import org.newsfacts.config.NlpConfig;

/**
 * The analyzer integration tests use. It reaches CoreNLP through the process-wide shared pipeline, so the
 * models load once per test JVM (and the CLI commands under test reuse them), never in a per-test setup.
 */
public final class SharedAnalyzer {
    private SharedAnalyzer() {
    }

    private static final class Holder {
        static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard(NlpConfig.defaults(), false);
    }

    public static ArticleAnalyzer get() {
        return Holder.ANALYZER;
    }
}
