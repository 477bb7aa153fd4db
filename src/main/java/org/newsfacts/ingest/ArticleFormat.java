package org.newsfacts.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types newsfacts reads, told apart by extension (case-insensitive). Shared by the walker,
 * which skips other files in folders, and the file reader, which picks the format's reader.
 */
enum ArticleFormat {
    TEXT("txt", "md"),
    HTML("html", "htm"),
    JSON("json"),
    JSONL("jsonl");

    private final List<String> extensions;

    ArticleFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    /** The format of {@code file} judged by its extension, or empty when newsfacts does not read it. */
    static Optional<ArticleFormat> of(Path file) {
        Path name = file.getFileName();
        return name == null ? Optional.empty() : ofName(name.toString());
    }

    /** The format of a file named {@code fileName} (no folder), or empty when newsfacts does not read it. */
    static Optional<ArticleFormat> ofName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String extension = dot <= 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ArticleFormat format : values()) {
            if (format.extensions.contains(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** Lower-case extension without the dot, or "" when the name has none. */
    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String text = name.toString();
        int dot = text.lastIndexOf('.');
        return dot <= 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** For messages: {@code .txt, .md, .html, .htm, .json, .jsonl}. */
    static String supportedList() {
        StringBuilder list = new StringBuilder();
        for (ArticleFormat format : values()) {
            for (String extension : format.extensions) {
                list.append(list.length() == 0 ? "." : ", .").append(extension);
            }
        }
        return list.toString();
    }
}
