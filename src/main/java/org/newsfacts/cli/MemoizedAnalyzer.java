package org.newsfacts.cli;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.pipeline.ArticleAnalyzer;

/**
 * The standard analyzer, built when the first article needs one and then shared by every worker: an
 * unchanged re-ingest never loads a model, and a run never loads one twice.
 */
final class MemoizedAnalyzer implements Supplier<ArticleAnalyzer> {
    private final NlpConfig nlp;
    private final boolean verbose;
    private ArticleAnalyzer analyzer;

    MemoizedAnalyzer(NlpConfig nlp, boolean verbose) {
        this.nlp = nlp;
        this.verbose = verbose;
    }

    @Override
    public synchronized ArticleAnalyzer get() {
        if (analyzer == null) {
            analyzer = ArticleAnalyzer.standard(nlp, verbose);
        }
        return analyzer;
    }

    /** How long CoreNLP took to load, if this run loaded it. */
    synchronized Optional<Duration> coreNlpLoadTime() {
        return analyzer == null ? Optional.empty() : analyzer.coreNlpLoadTime();
    }
}
