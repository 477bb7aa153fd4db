package org.newsfacts.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes a file so that its final name only ever holds complete content: the body goes to a temp
 * file in the target's folder (same file system, so the rename is atomic), which is fsynced and then
 * renamed onto the target with {@code ATOMIC_MOVE}. On any failure the temp file is deleted and the
 * previous target, if any, is left untouched.
 */
public final class AtomicFileWriter {

    /** Writes the content; may throw, which abandons the write. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    /**
     * Replaces {@code target} with exactly what {@code body} writes, or leaves it as it was. A symbolic link stays a
     * link: the file it points to is replaced. A FIFO or device ({@code /dev/stdout}) is written in place, since it
     * cannot be renamed onto. Errors name {@code target}, never the temporary file.
     */
    public static void write(Path target, Body body) throws IOException {
        Path absolute = linkTarget(target.toAbsolutePath());
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute, StandardOpenOption.WRITE), 1 << 16)) {
                body.writeTo(new KeepOpen(out));
            }
            return;
        }
        Path folder = absolute.getParent();
        if (folder == null || Files.isDirectory(absolute)) {
            throw new FileSystemException(target.toString(), null, "is a folder");
        }
        writeAtomically(target, absolute, folder, body);
    }

    /** Where a chain of symbolic links ends (that file may not exist yet); {@code path} itself when it is no link. */
    private static Path linkTarget(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops > 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** The same failure, named by the user's path instead of the temporary file. */
    private static FileSystemException renamed(FileSystemException e, Path target) {
        FileSystemException named;
        if (e instanceof AccessDeniedException) {
            named = new AccessDeniedException(target.toString());
        } else if (e instanceof NoSuchFileException) {
            named = new NoSuchFileException(target.toString(), null, "its folder does not exist");
        } else {
            named = new FileSystemException(target.toString(), null, e.getReason());
        }
        named.initCause(e);
        return named;
    }

    private static void writeAtomically(Path target, Path absolute, Path folder, Body body) throws IOException {
        // a random name in the same folder, created with the default permissions (createTempFile would use 0600)
        Path temp = folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.writeTo(new KeepOpen(out));
                out.flush();
                channel.force(true);
            }
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof FileSystemException fse && (temp.toString().equals(fse.getFile()) || absolute.toString().equals(fse.getFile()))) {
                throw renamed(fse, target);
            }
            throw e;
        }
        syncFolder(folder);
    }

    /** Replaces {@code target} with {@code bytes}. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Makes the rename itself durable; best effort, since not every platform can open a folder. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open folders; the rename is still atomic there
        }
    }

    /** A body that closes its stream must not close the channel before we fsync it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
