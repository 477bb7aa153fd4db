package org.newsfacts.index;

import java.nio.file.Path;
import org.newsfacts.model.FatalException;

/** Another writer (usually another {@code newsfacts ingest}) holds the index's write lock; we never wait for it. */
public final class IndexLockedException extends FatalException {
    private final Path directory;

    public IndexLockedException(Path directory, Throwable cause) {
        super("index " + directory + " is locked by another process", cause);
        this.directory = directory;
    }

    /** The locked index folder. */
    public Path directory() {
        return directory;
    }
}
