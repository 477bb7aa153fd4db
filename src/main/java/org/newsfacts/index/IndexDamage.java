package org.newsfacts.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Tells damage from bugs. Lucene reports a damaged file in many ways: its own corruption exceptions, a file
 * missing or cut short, and, when overwritten bytes pass its cheap checks, whatever the decoder then trips on
 * ({@code ArrayIndexOutOfBoundsException}, a stored analysis that no longer parses). The last kind is only
 * recognised by verifying every file's checksum, which is done when something already went wrong.
 */
public final class IndexDamage {
    private IndexDamage() {
    }

    /** Whether {@code error} (or a cause of it) is Lucene saying that the index's files are damaged. */
    public static boolean isDamage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CorruptIndexException || t instanceof IndexFormatTooOldException
                    || t instanceof IndexFormatTooNewException || t instanceof NoSuchFileException
                    || t instanceof FileNotFoundException || t instanceof EOFException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Verifies the checksums of every file of the last commit (reads the whole index once).
     *
     * @return what is damaged, or empty when every file is intact or there is no index
     */
    public static Optional<String> verify(Path folder) {
        try {
            if (IndexFolder.inspect(folder) != IndexFolder.State.INDEX) {
                return Optional.empty();
            }
        } catch (IndexDamagedException e) {
            return Optional.of(e.getCause() == null ? "damaged" : e.getCause().getMessage());
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not an index at all is reported elsewhere
        }
        try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // a file we may not read is a permission problem, not damage
            return isDamage(e) || e instanceof RuntimeException ? Optional.of(String.valueOf(e.getMessage())) : Optional.empty();
        }
    }
}
