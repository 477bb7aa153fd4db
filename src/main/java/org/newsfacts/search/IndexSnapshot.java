package org.newsfacts.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.newsfacts.index.IndexDamage;
import org.newsfacts.index.IndexDamagedException;
import org.newsfacts.index.IndexFolder;

/**
 * The last commit of an index, opened for reading only: no lock is taken, so searching works while
 * an ingest is writing, and sees what that ingest had committed when the snapshot was opened.
 */
final class IndexSnapshot implements Closeable {
    final Directory directory;
    final DirectoryReader reader;

    private IndexSnapshot(Directory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    /** @throws IndexMissingException when {@code path} is not a folder holding a committed index */
    static IndexSnapshot open(Path path) throws IOException {
        if (IndexFolder.inspect(path) != IndexFolder.State.INDEX) {
            throw new IndexMissingException(path);
        }
        Directory directory = FSDirectory.open(path);
        try {
            return new IndexSnapshot(directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory);
            if (IndexDamage.isDamage(e) || e instanceof RuntimeException) {
                throw new IndexDamagedException(path, e);
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(reader, directory);
    }
}
