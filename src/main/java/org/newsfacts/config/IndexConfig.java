package org.newsfacts.config;

import java.nio.file.Path;

/**
 * Where and how the Lucene index is written.
 *
 * @param directory   index folder
 * @param commitEvery articles between commits: a crash loses at most this many, which a rerun redoes
 */
public record IndexConfig(Path directory, int commitEvery) {
    public static final Path DEFAULT_DIRECTORY = Path.of("newsfacts-index");
    /** Commits cost an fsync each; fifty articles take a minute or so to analyse, so a crash loses little. */
    public static final int DEFAULT_COMMIT_EVERY = 50;

    public IndexConfig {
        if (directory == null) {
            throw new ConfigException("index directory is required");
        }
        if (commitEvery < 1) {
            throw new ConfigException("commit-every must be at least 1, got " + commitEvery);
        }
    }

    public static IndexConfig at(Path directory) {
        return new IndexConfig(directory, DEFAULT_COMMIT_EVERY);
    }
}
