package org.newsfacts.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * One line for an I/O failure: the path and why. The JDK's {@code FileSystemException} messages are often just
 * the path ({@code AccessDeniedException: /data/out.csv}), which leaves the user guessing.
 */
final class IoErrors {
    private IoErrors() {
    }

    static String describe(Exception error) {
        IOException e = error instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) error;
        if (e instanceof FileSystemException fse) {
            String file = fse.getFile();
            String where = file == null ? "" : file + (fse.getOtherFile() == null ? "" : " -> " + fse.getOtherFile()) + ": ";
            return where + reason(fse);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String reason(FileSystemException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return e.getReason() == null ? "no such file or directory" : e.getReason();
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder is not empty";
        }
        String reason = e.getReason();
        return reason == null ? e.getClass().getSimpleName() : reason.toLowerCase(Locale.ROOT);
    }
}
