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
     * {@link Newest#of} over one top-level array field of a JSON object, its elements objects dated by their
     * field {@code dateField}: every element is walked token by token, and only those shown are bound (from
     * their byte ranges).
     */
    static <T> Newest<T> newest(byte[] json, String name, String dateField, int n, ObjectReader reader) {
        try (JsonParser parser = Json.mapper().createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a corpus-layer record is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && field.equals(name)) {
                    return newest(parser, json, dateField, n, reader);
                }
                parser.skipChildren();
            }
            return new Newest<>(List.of(), 0, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rest of {@link #newest(byte[], String, String, int, ObjectReader)}: the parser stands on the array's start. */
    private static <T> Newest<T> newest(JsonParser parser, byte[] json, String dateField, int n, ObjectReader reader)
            throws IOException {
        List<long[]> ranges = new ArrayList<>();
        int datedEnd = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            long start = parser.currentTokenLocation().getByteOffset();
            if (dated(parser, dateField)) {
                datedEnd = ranges.size() + 1;
            }
            ranges.add(new long[] {start, parser.currentLocation().getByteOffset()});
        }
        int from = Newest.start(datedEnd, n);
        int to = Newest.end(from, n, ranges.size());
        List<T> shown = new ArrayList<>(to - from);
        for (long[] range : ranges.subList(from, to)) {
            shown.add(reader.readValue(json, (int) range[0], (int) (range[1] - range[0])));
        }
        return new Newest<>(shown, from, ranges.size() - to);
    }

    /** Whether the object the parser stands on has a string {@code dateField}; leaves the parser on its end. */
    private static boolean dated(JsonParser parser, String dateField) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return false;
        }
        boolean dated = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            dated |= field.equals(dateField) && value == JsonToken.VALUE_STRING;
            parser.skipChildren();
        }
        return dated;
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
    private static int elements(JsonParser parser) throws IOException {
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
