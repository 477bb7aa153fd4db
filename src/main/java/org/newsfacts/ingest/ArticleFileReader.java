package org.newsfacts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.model.Article;

/**
 * Reads one file into articles: checks it (exists, regular, known type, under the size limit, not
 * binary), decodes it, hands it to its format's reader and fills in the default date. Never throws
 * for bad input: every problem becomes a {@link Ingested.Rejected} with a short human reason.
 * Holds no mutable state, so one instance can serve many threads.
 */
public final class ArticleFileReader {
    /** Java arrays cannot hold more, whatever {@code --max-bytes} says; the read limit is clamped to it. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 16;

    private final IngestConfig config;
    private final long limit;
    private final FormatReader text = new TextArticleReader();
    private final FormatReader html = new HtmlArticleReader();
    private final FormatReader json = new JsonArticleReader();
    private final FormatReader jsonl = new JsonlArticleReader();

    public ArticleFileReader(IngestConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.limit = Math.min(config.maxBytes(), MAX_ARRAY_BYTES);
    }

    /** What {@code file} holds: one item for most files, one per line of JSON Lines or element of a JSON array. */
    public List<Ingested> read(Path file) {
        try (Stream<Ingested> items = stream(file)) {
            return items.toList();
        }
    }

    /**
     * What {@code file} holds, lazily: a JSON Lines file is read one record at a time, with {@code --max-bytes}
     * applying to each record; other files are read whole. Close the stream to close the file.
     */
    public Stream<Ingested> stream(Path file) {
        if (ArticleFormat.of(file).orElse(null) != ArticleFormat.JSONL) {
            return readWhole(file).stream();
        }
        String path = StoredPath.forFile(file);
        try {
            Optional<String> problem = problemBeforeReading(file, ArticleFormat.of(file), false);
            if (problem.isPresent()) {
                return rejected(path, problem.get()).stream();
            }
            return JsonlStream.open(file, path, limit, this::withDefaultDate);
        } catch (IOException e) {
            return rejected(path, reason(e)).stream();
        }
    }

    private List<Ingested> readWhole(Path file) {
        String path = StoredPath.forFile(file);
        try {
            Optional<ArticleFormat> format = ArticleFormat.of(file);
            Optional<String> problem = problemBeforeReading(file, format, true);
            if (problem.isPresent()) {
                return rejected(path, problem.get());
            }
            byte[] bytes = readAtMost(file, limit);
            if (bytes.length > limit) {
                return rejected(path, "file grew over the limit of " + limit + " bytes (--max-bytes) while being read");
            }
            Optional<String> binary = BinaryContentDetector.describe(bytes);
            if (binary.isPresent()) {
                return rejected(path, "binary content (" + binary.get() + ")");
            }
            String content = TextDecoder.decode(bytes);
            if (content.isBlank()) {
                return rejected(path, "empty file");
            }
            return withDefaultDate(readerFor(format.orElseThrow()).read(path, content));
        } catch (IOException e) {
            return rejected(path, reason(e));
        } catch (StackOverflowError e) {
            // last resort: our own traversals are iterative, but a library may still recurse
            return rejected(path, "structure nested too deeply to parse");
        }
    }

    /** Why {@code file} cannot be read at all, judged from its metadata alone. */
    private Optional<String> problemBeforeReading(Path file, Optional<ArticleFormat> format, boolean whole) throws IOException {
        if (!Files.exists(file)) {
            return Optional.of(Files.isSymbolicLink(file) ? linkProblem(file) : "no such file or directory");
        }
        if (Files.isDirectory(file)) {
            return Optional.of(Files.isReadable(file) ? "is a directory"
                    : "directory cannot be read: permission denied");
        }
        if (!Files.isRegularFile(file)) {
            return Optional.of("not a regular file");
        }
        if (format.isEmpty()) {
            String extension = ArticleFormat.extension(file);
            return Optional.of((extension.isEmpty() ? "file has no extension" : "unsupported file type ." + extension)
                    + " (supported: " + ArticleFormat.supportedList() + ")");
        }
        long size = Files.size(file);
        if (whole && size > limit) {
            return Optional.of("file is " + size + " bytes, over the limit of " + limit + " (--max-bytes)");
        }
        return Optional.empty();
    }

    /** Why a symbolic link leads nowhere: a missing target, or a loop of links that never ends in a file. */
    private static String linkProblem(Path link) {
        try {
            link.toRealPath();
        } catch (NoSuchFileException e) {
            return "broken symbolic link";
        } catch (IOException e) {
            return "symbolic link cannot be followed: " + reason(e);
        }
        return "broken symbolic link";
    }

    /** Reads one byte past {@code max}, so a file that grew after its size was checked is noticed. */
    private static byte[] readAtMost(Path file, long max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) (max + 1));
        }
    }

    private FormatReader readerFor(ArticleFormat format) {
        return switch (format) {
            case TEXT -> text;
            case HTML -> html;
            case JSON -> json;
            case JSONL -> jsonl;
        };
    }

    /** The file's own date wins; {@code --date} only fills articles that carry none. */
    private Ingested withDefaultDate(Ingested item) {
        return config.defaultDate() != null && item instanceof Ingested.Read read && read.article().date() == null
                ? new Ingested.Read(withDate(read.article(), config.defaultDate())) : item;
    }

    private List<Ingested> withDefaultDate(List<Ingested> items) {
        if (config.defaultDate() == null) {
            return items;
        }
        List<Ingested> dated = new ArrayList<>(items.size());
        for (Ingested item : items) {
            dated.add(item instanceof Ingested.Read read && read.article().date() == null
                    ? new Ingested.Read(withDate(read.article(), config.defaultDate()))
                    : item);
        }
        return dated;
    }

    private static Article withDate(Article a, String date) {
        return new Article(a.id(), a.path(), a.title(), date, a.url(), a.text(), a.sha256());
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(Locale.ROOT);
        }
        return "cannot read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static List<Ingested> rejected(String path, String reason) {
        return List.of(new Ingested.Rejected(path, reason));
    }
}
