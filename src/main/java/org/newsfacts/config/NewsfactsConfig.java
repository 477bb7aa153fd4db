package org.newsfacts.config;

import java.nio.file.Path;

/**
 * The whole configuration of one run, built once from the command line.
 *
 * @param models  folder with our gazetteers and rules ({@code models/} of the checkout by default)
 * @param threads worker threads for analysis
 */
public record NewsfactsConfig(IngestConfig ingest, NlpConfig nlp, IndexConfig index, Path models, int threads) {
    public NewsfactsConfig {
        if (ingest == null || nlp == null || index == null || models == null) {
            throw new ConfigException("ingest, nlp, index and models configuration are all required");
        }
        if (threads < 1 || threads > 256) {
            throw new ConfigException("threads must be between 1 and 256, got " + threads);
        }
    }
}
