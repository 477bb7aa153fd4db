package org.newsfacts.index;

import java.nio.file.Path;
import org.newsfacts.model.FatalException;

/**
 * {@code --index} names a folder that holds something other than a newsfacts index. Nothing is written into
 * it: Lucene's writer would delete every file whose name looks like one of its own.
 */
public final class NotAnIndexException extends FatalException {
    public NotAnIndexException(Path directory, String reason) {
        super("index " + directory + " " + reason);
    }
}
