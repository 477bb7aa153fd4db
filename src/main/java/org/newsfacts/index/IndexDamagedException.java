package org.newsfacts.index;

import java.nio.file.Path;
import org.newsfacts.model.FatalException;

/**
 * The index's files are damaged (bytes changed, a file missing or cut short): a reader stops with one line that
 * says what to do instead of a library's exception, and no writer touches the index until it is repaired.
 */
public final class IndexDamagedException extends FatalException {
    private final Path directory;

    public IndexDamagedException(Path directory, Throwable cause) {
        super("index " + directory + " is damaged: run newsfacts check", cause);
        this.directory = directory;
    }

    /** The damaged index folder. */
    public Path directory() {
        return directory;
    }
}
