package org.newsfacts.ingest;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsfacts.config.IngestConfig;

/**
 * Turns the command line's roots into the files to read, lazily, in a stable order, so that a run is
 * repeatable and a 100k-file corpus is never listed whole in memory.
 * <ul>
 * <li>Roots are taken in the order given. A directory is walked depth first, each directory's entries
 *     sorted by name; entries whose name starts with '.' are skipped, as are files of a type newsfacts
 *     does not read.</li>
 * <li>Symbolic links are followed, but each real directory is walked once, so link cycles end.</li>
 * <li>Anything else named on the command line is returned as it is, even a missing path, an
 *     unsupported type or a hidden file: {@link ArticleFileReader} then rejects it with a reason
 *     ({@code no such file or directory}, {@code unsupported file type .pdf ...}).</li>
 * <li>A directory that cannot be listed is returned itself, for the reader to reject.</li>
 * </ul>
 */
public final class CorpusWalker {
    private static final Comparator<Path> BY_NAME = Comparator.comparing(p -> p.getFileName().toString());

    /** Walking needs no setting today; the config is taken so the CLI builds every stage alike. */
    public CorpusWalker(IngestConfig config) {
        Objects.requireNonNull(config, "config");
    }

    /**
     * Whether a folder entry with this name that is a file is read: visible (no leading dot) and in a supported
     * format. The rule of this walk, for walks of other file systems (the Spark front end's Hadoop folders).
     */
    public static boolean reads(String fileName) {
        return !fileName.startsWith(".") && ArticleFormat.ofName(fileName).isPresent();
    }

    /** The files under {@code roots}, produced as the stream is consumed. */
    public Stream<Path> files(List<Path> roots) {
        Iterator<Path> walk = new Walk(List.copyOf(roots));
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(walk, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** One walk's state: the roots still to visit and the walked entries waiting on a stack. */
    private static final class Walk implements Iterator<Path> {
        private final Iterator<Path> roots;
        private final Deque<Path> pending = new ArrayDeque<>();
        private final Set<Path> visitedDirectories = new HashSet<>();
        private Path next;

        Walk(List<Path> roots) {
            this.roots = roots.iterator();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!pending.isEmpty()) {
                    next = visitEntry(pending.pop());
                } else if (roots.hasNext()) {
                    Path root = roots.next();
                    next = Files.isDirectory(root) ? expand(root) : root;
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path result = next;
            next = null;
            return result;
        }

        /** The entry itself when it is a file to read, else null (a directory is expanded instead). */
        private Path visitEntry(Path entry) {
            if (Files.isDirectory(entry)) {
                return expand(entry);
            }
            return ArticleFormat.of(entry).isPresent() ? entry : null;
        }

        /** Pushes the directory's visible entries in sorted order; returns the directory if it cannot be listed. */
        private Path expand(Path directory) {
            List<Path> entries = new ArrayList<>();
            try {
                if (!visitedDirectories.add(directory.toRealPath())) {
                    return null;
                }
                try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
                    for (Path entry : stream) {
                        if (!entry.getFileName().toString().startsWith(".")) {
                            entries.add(entry);
                        }
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                return directory;
            }
            entries.sort(BY_NAME.reversed());
            entries.forEach(pending::push);
            return null;
        }
    }
}
