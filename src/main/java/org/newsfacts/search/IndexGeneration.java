package org.newsfacts.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;

/**
 * The generation of an index's last commit, read from the folder's file names alone (no reader is
 * opened): a long-running reader such as {@code newsfacts serve} compares it between requests to see
 * that an ingest has committed and reopen.
 */
public final class IndexGeneration {
    private IndexGeneration() {
    }

    /** The last commit's generation, or -1 when the folder is missing or holds no commit. */
    public static long of(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return -1;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return SegmentInfos.getLastCommitGeneration(files.map(p -> p.getFileName().toString()).toArray(String[]::new));
        } catch (NoSuchFileException e) {
            return -1;
        }
    }
}
