package org.newsfacts.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectReader;
import org.newsfacts.json.Json;
import org.newsfacts.model.FactType;
import org.newsfacts.model.Newest;

/**
 * Reads a part of a corpus-layer record's JSON without binding the rest: a hub entity's record lists every
 * article naming it, and what each gave, many times what a lookup shows; a merged fact's summary carries the
 * evidence of every source. Walking tokens costs a fraction of building the records they would make.
 */
final class PartialJson {
    /** Built on first use, by the read of merged-fact heads only (a reader fetches its deserializer when made). */
    private static ObjectReader typeReader;

    private PartialJson() {
    }

    private static synchronized ObjectReader types() {
        if (typeReader == null) {
            typeReader = Json.reader(FactType.class);
        }
        return typeReader;
    }

    /** The value of one top-level field of a JSON object, parsing nothing after it; null when it is absent. */
    static <T> T field(byte[] json, String name, ObjectReader reader) {
        try (JsonParser parser = Json.mapper().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a corpus-layer record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (field.equals(name)) {
                    return reader.readValue(parser);
                }
                parser.skipChildren();
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The last {@code n} elements of one top-level array field of a JSON object, and how many it holds: the
     * others are skipped token by token, and only the kept ones are bound (from their byte ranges).
     */
    static <T> Newest<T> last(byte[] json, String name, int n, ObjectReader reader) {
        try (JsonParser parser = Json.mapper().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a corpus-layer record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals(name)) {
                    return last(parser, json, n, reader);
                }
                parser.skipChildren();
            }
            return new Newest<>(List.of(), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rest of {@link #last(byte[], String, int, ObjectReader)}: the parser stands on the array's start. */
    private static <T> Newest<T> last(JsonParser parser, byte[] json, int n, ObjectReader reader) throws IOException {
        long[] starts = new long[n];
        long[] ends = new long[n];
        int count = 0; // the byte ranges of the last n elements, in a ring
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long start = parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            if (n > 0) {
                starts[count % n] = start;
                ends[count % n] = parser.currentLocation().getByteOffset();
            }
            count++;
        }
        List<T> kept = new ArrayList<>(Math.min(n, count));
        for (int i = Math.max(0, count - n); i < count; i++) {
            int at = i % n;
            kept.add(reader.readValue(json, (int) starts[at], (int) (ends[at] - starts[at])));
        }
        return new Newest<>(kept, count);
    }

    /** The {@link MergedFactHead} of a merged fact's compact JSON (its summary), walking its fields once. */
    static MergedFactHead head(int doc, byte[] json, int offset, int length) {
        try (JsonParser parser = Json.mapper().createParser(json, offset, length)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a merged-fact summary is not a JSON object");
            }
            String id = null;
            FactType type = null;
            String date = null;
            int sources = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = parser.getText();
                    case "type" -> type = types().readValue(parser);
                    case "date" -> date = value == JsonToken.VALUE_NULL ? null : parser.getText();
                    case "sources" -> sources = elements(parser);
                    default -> parser.skipChildren();
                }
            }
            return new MergedFactHead(doc, id, type, date, sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many elements the array the parser stands on holds; leaves the parser on its end. */
    static int elements(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        int count = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            parser.skipChildren();
            count++;
        }
        return count;
    }
}
