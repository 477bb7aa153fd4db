package org.newsfacts.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A JSON Lines file read record by record: news dumps come as JSONL files of many megabytes, so the file is
 * never held whole. The size limit ({@code --max-bytes}) applies to each record: a longer line is rejected
 * alone as {@code file.jsonl:N}, skipped without being buffered, and the lines after it go on. Each line is
 * decoded on its own (UTF-8, else windows-1252), so memory holds one record at a time.
 */
final class JsonlStream implements Iterator<Ingested> {
    private final InputStream in;
    private final String path;
    private final long limit;
    private final Function<Ingested, Ingested> finish;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int lineNumber;
    private boolean anyRecord;
    private boolean ended;
    private Ingested next;

    private JsonlStream(InputStream in, String path, long limit, Function<Ingested, Ingested> finish) {
        this.in = in;
        this.path = path;
        this.limit = limit;
        this.finish = finish;
    }

    /**
     * The records of {@code file}, lazily; close the stream to close the file.
     *
     * @param finish applied to each item (the default date)
     */
    static Stream<Ingested> open(Path file, String path, long limit, Function<Ingested, Ingested> finish) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        try {
            in.mark(BinaryContentDetector.SAMPLE_BYTES);
            byte[] sample = in.readNBytes(BinaryContentDetector.SAMPLE_BYTES);
            in.reset();
            Optional<String> binary = BinaryContentDetector.describe(sample);
            if (binary.isPresent()) {
                in.close();
                return Stream.of(new Ingested.Rejected(path, "binary content (" + binary.get() + ")"));
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        JsonlStream records = new JsonlStream(in, path, limit, finish);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(records, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(records::close);
    }

    @Override
    public boolean hasNext() {
        if (next == null && !ended) {
            try {
                next = advance();
            } catch (IOException e) {
                ended = true;
                next = new Ingested.Rejected(path + ":" + (lineNumber + 1), "cannot read: " + e.getMessage());
            }
        }
        return next != null;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Ingested item = next;
        next = null;
        return item;
    }

    /** The next non-blank record, a rejection, or null at the end. */
    private Ingested advance() throws IOException {
        while (true) {
            line.reset();
            boolean over = false;
            int b;
            boolean sawAny = false;
            while ((b = in.read()) != -1 && b != '\n') {
                sawAny = true;
                if (over) {
                    continue; // skip the rest of an oversized record without keeping it
                }
                if (line.size() >= limit) {
                    over = true;
                    line.reset();
                } else {
                    line.write(b);
                }
            }
            if (b == -1 && !sawAny) {
                ended = true;
                return anyRecord ? null : new Ingested.Rejected(path, "empty file");
            }
            lineNumber++;
            if (over) {
                anyRecord = true;
                return new Ingested.Rejected(path + ":" + lineNumber, "record is over the limit of " + limit
                        + " bytes (--max-bytes applies to each line of a .jsonl file)");
            }
            String text = TextDecoder.decode(line.toByteArray());
            if (!text.isBlank()) {
                anyRecord = true;
                return finish.apply(JsonlArticleReader.readLine(path, lineNumber, text));
            }
            if (b == -1) {
                ended = true;
                return anyRecord ? null : new Ingested.Rejected(path, "empty file");
            }
        }
    }

    private void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
