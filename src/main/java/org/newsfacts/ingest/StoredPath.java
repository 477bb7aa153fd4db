package org.newsfacts.ingest;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * How an article's file is named in the index: absolute, so that {@code ingest --prune} run from any folder finds
 * the same file, and bytes-safe. A file name that is not valid in the platform's encoding (a Latin-1 name on a
 * UTF-8 system) has no faithful string form: its string shows replacement characters, names no file, and two such
 * files would share it. Such a path is stored as its {@code file:} URI, which keeps the original bytes
 * percent-encoded ({@code file:///news/caf%E9.txt}) and leads back to exactly that file.
 */
public final class StoredPath {
    private StoredPath() {
    }

    /** The stored form of {@code file}: its absolute path, or its {@code file:} URI when the name has no faithful string. */
    public static String forFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String text = absolute.toString();
        try {
            if (Path.of(text).equals(absolute)) {
                return text;
            }
        } catch (RuntimeException unrepresentable) {
            // InvalidPathException: the string form does not even name a path
        }
        return absolute.toUri().toString();
    }

    /** The file a stored path names; a {@code .jsonl} record ({@code dump.jsonl#3}) names its file. */
    public static Path file(String stored) {
        String file = stored.replaceFirst("(?<=\\.jsonl)#\\d+$", "");
        return file.startsWith("file:") ? Path.of(toUri(file)) : Path.of(file);
    }

    private static URI toUri(String stored) {
        try {
            return new URI(stored);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a file URI: " + stored, e);
        }
    }
}
