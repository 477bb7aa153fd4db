package org.newsfacts.spark;

import org.newsfacts.config.NlpConfig;
import org.newsfacts.pipeline.ArticleAnalyzer;

/**
 * One {@link ArticleAnalyzer} per executor JVM, built by the first task that needs it and reused by every
 * later task of that JVM (the spark-corenlp pattern): CoreNLP's models take seconds and hundreds of megabytes
 * to load, so they must never be loaded per task or shipped from the driver. In local mode the executors run
 * in the driver's JVM, and the CoreNLP pipeline is the process-wide shared one, so a test JVM loads it once.
 */
final class ExecutorAnalyzer {
    private ExecutorAnalyzer() {
    }

    private static final class Holder {
        static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.standard(NlpConfig.defaults(), false);
    }

    static ArticleAnalyzer get() {
        return Holder.ANALYZER;
    }
}
