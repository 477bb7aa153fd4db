package org.newsfacts.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import org.newsfacts.json.Json;

/**
 * One JSON array of the same objects as {@link JsonLinesExporter}, pretty-printed for people.
 * Streamed element by element through a {@link SequenceWriter}, never built in memory.
 */
public final class JsonArrayExporter<T> implements RecordExporter<T> {
    private final ObjectWriter writer;

    public JsonArrayExporter(Class<T> type) {
        this.writer = Json.writer().forType(type).withDefaultPrettyPrinter();
    }

    @Override
    public long write(Iterator<? extends T> records, OutputStream out) throws IOException {
        long count = 0;
        try (SequenceWriter sequence = writer.writeValuesAsArray(out)) {
            while (records.hasNext()) {
                sequence.write(records.next());
                count++;
            }
        }
        out.write('\n');
        out.flush();
        return count;
    }
}
