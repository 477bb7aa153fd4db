package org.newsfacts.pipeline;

/** What an ingest reports while it runs: progress for a bar, one line per rejected file. */
public interface IngestListener {

    /** The walk found {@code files} files to read. */
    default void started(long files) {
    }

    /** One more file was read and, where needed, analysed and indexed. */
    default void fileDone() {
    }

    /** A file (or one article of a file) was rejected; the batch goes on. */
    default void rejected(String path, String reason) {
    }

    /**
     * The process is being stopped (SIGTERM, SIGINT): the work so far was committed ({@code committed}) or the
     * commit did not finish in time, in which case the index holds the previous commit. Called from a shutdown hook.
     *
     * @param articles articles analysed and indexed in this run before the signal
     */
    default void interrupted(long articles, boolean committed) {
    }

    /** No more progress will be reported. */
    default void finished() {
    }

    IngestListener SILENT = new IngestListener() {
    };
}
