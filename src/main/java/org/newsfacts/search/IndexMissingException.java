package org.newsfacts.search;

import java.nio.file.Path;
import org.newsfacts.model.FatalException;

/** The folder holds no index (missing, empty, or something else): there is nothing to search yet. */
public final class IndexMissingException extends FatalException {
    private final Path directory;

    public IndexMissingException(Path directory) {
        super("no index at " + directory + " (run `newsfacts ingest` first)");
        this.directory = directory;
    }

    /** The folder that was expected to hold the index. */
    public Path directory() {
        return directory;
    }
}
