package org.newsfacts.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
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
}
