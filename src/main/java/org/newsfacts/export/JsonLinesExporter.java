package org.newsfacts.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.newsfacts.json.Json;

/** JSON Lines: one compact JSON object per line, each line ending in a newline; the contract's main format. */
public final class JsonLinesExporter<T> implements RecordExporter<T> {
    private final ObjectWriter writer;

    public JsonLinesExporter(Class<T> type) {
        this.writer = Json.writer().forType(type).withRootValueSeparator("\n");
    }

    @Override
    public long write(Iterator<? extends T> records, OutputStream out) throws IOException {
        long count = 0;
        try (SequenceWriter sequence = writer.writeValues(out)) {
            while (records.hasNext()) {
                sequence.write(records.next());
                count++;
            }
        }
        // the separator only goes between values; JSON Lines also terminates the last one
        if (count > 0) {
            out.write('\n');
        }
        out.flush();
        return count;
    }

    /**
     * Writes records already encoded as compact JSON, one a line, exactly as {@link #write} writes the records
     * they encode (the stored corpus layer keeps merged facts in that form): no parsing, no serializing.
     * Buffers itself, since standard output flushes on every write.
     *
     * @return the number of records
     */
    public static long writeEncoded(Iterator<byte[]> records, OutputStream out) throws IOException {
        long count = 0;
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        while (records.hasNext()) {
            buffered.write(records.next());
            buffered.write('\n');
            count++;
        }
        buffered.flush();
        return count;
    }
}
