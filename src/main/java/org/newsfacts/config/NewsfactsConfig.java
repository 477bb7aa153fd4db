package org.newsfacts.config;

/**
 * The whole configuration of one run, built once from the command line. Gazetteers, lexicons and
 * patterns are not configured here: they are the {@code models/} folder, bundled on the classpath.
 *
 * @param threads worker threads for analysis
 */
public record NewsfactsConfig(IngestConfig ingest, NlpConfig nlp, IndexConfig index, int threads) {
    public NewsfactsConfig {
        if (ingest == null || nlp == null || index == null) {
            throw new ConfigException("ingest, nlp and index configuration are all required");
        }
        if (threads < 1 || threads > 256) {
            throw new ConfigException("threads must be between 1 and 256, got " + threads);
        }
    }
}
