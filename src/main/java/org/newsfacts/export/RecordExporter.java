package org.newsfacts.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * Writes a sequence of records in one format, streaming: records are pulled one at a time, so an
 * export of the whole index never holds it in memory.
 *
 * @param <T> the record type (ArticleRecord, Entity or Fact)
 */
public interface RecordExporter<T> {

    /**
     * Writes every record in order and flushes; never closes {@code out}, which the caller owns.
     *
     * @return how many records were written
     */
    long write(Iterator<? extends T> records, OutputStream out) throws IOException;

    /** As {@link #write(Iterator, OutputStream)}, consuming the stream lazily. */
    default long write(Stream<? extends T> records, OutputStream out) throws IOException {
        return write(records.iterator(), out);
    }
}
