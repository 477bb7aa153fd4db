package org.newsfacts.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.newsfacts.search.IndexGeneration;
import org.newsfacts.search.IndexMissingException;

/**
 * The index as the server reads it: one {@link IndexSnapshot} per commit, shared by all requests. Each
 * request checks the last commit's generation (a directory listing) and, when an ingest has committed
 * since, opens the new commit; the old snapshot closes once its last request releases it, so the server
 * keeps answering while {@code ingest} writes, without a restart.
 */
final class IndexView implements AutoCloseable {
    private final Path index;
    private IndexSnapshot current;

    IndexView(Path index) {
        this.index = index;
    }

    /**
     * The snapshot of the last commit, acquired: close it when the request is done.
     *
     * @throws IndexMissingException when the folder holds no index (yet)
     */
    synchronized IndexSnapshot acquire() {
        try {
            long generation = IndexGeneration.of(index);
            if (generation < 0) {
                throw new IndexMissingException(index);
            }
            if (current == null || current.generation() != generation) {
                IndexSnapshot fresh = IndexSnapshot.open(index, generation);
                if (current != null) {
                    current.retire();
                }
                current = fresh;
            }
            return current.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.retire();
            current = null;
        }
    }
}
