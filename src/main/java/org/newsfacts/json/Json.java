package org.newsfacts.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.newsfacts.model.Analysis;

/**
 * The one configured {@link JsonMapper} of newsfacts, built once and shared through immutable
 * readers and writers, as Jackson's author recommends. Field names are those the records declare
 * (already snake_case where it matters); nulls are omitted; dates are never written as timestamps.
 *
 * <p>It lives in its own package just above {@code model} (it knows the records, nothing else of ours)
 * because its users span the whole data flow: {@code ingest} reads articles, {@code index} and
 * {@code search} store and read analyses, {@code export} and {@code web} write, {@code eval} reads gold.
 * In {@code export} it would make the upstream {@code ingest} depend on a downstream package; in
 * {@code model} it would put a Jackson runtime into the records layer, which may know only annotations.
 * Callers that need stricter input checks derive a reader ({@link #strictTreeReader()},
 * {@link #untypedLineReader()}) instead of building a second mapper.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // exporters write to streams they do not own (stdout, an atomic temp file): never close them
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // an index written by a newer version (extra fields) must stay readable
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer();
    /** Trailing tokens fail, as Python's {@code json.loads} does with "Extra data", so a glued line is not half-read. */
    private static final ObjectReader UNTYPED_LINE_READER = MAPPER.readerFor(Object.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** User input: a duplicated key is an error rather than a silent last-one-wins. */
    private static final ObjectReader STRICT_TREE_READER = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private Json() {
    }

    /**
     * The analysis reader, built on first use: a reader fetches its deserializer as it is made, and for
     * {@link Analysis} (every model record) that is a noticeable part of a cold command that never reads an
     * analysis ({@code timeline}, {@code entities}: they read the stored corpus layer).
     */
    private static final class AnalysisReader {
        static final ObjectReader READER = MAPPER.readerFor(Analysis.class);
    }

    /** The shared mapper; prefer {@link #writer()} and {@link #reader(Class)}, which are immutable. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** The shared compact writer; derive variants with {@code forType}, {@code withDefaultPrettyPrinter}. */
    public static ObjectWriter writer() {
        return WRITER;
    }

    /** A reader for one type; cheap to create, since the mapper caches what is expensive. */
    public static ObjectReader reader(Class<?> type) {
        return type == Analysis.class ? AnalysisReader.READER : MAPPER.readerFor(type);
    }

    /**
     * A tree reader for user-supplied article files: trailing tokens after the value and duplicated keys
     * are errors, so a file that two tools disagree about is rejected instead of half-read.
     */
    public static ObjectReader strictTreeReader() {
        return STRICT_TREE_READER;
    }

    /**
     * A reader of one JSON value per line into plain Java values (objects as {@code LinkedHashMap}, arrays as
     * {@code ArrayList}), as Python's {@code json.loads} sees them; trailing tokens fail as they do there.
     */
    public static ObjectReader untypedLineReader() {
        return UNTYPED_LINE_READER;
    }

    /** Serializes one value to compact JSON. */
    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serializes one value to compact UTF-8 JSON bytes. */
    public static byte[] writeBytes(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one value; malformed JSON is an {@link UncheckedIOException}. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return reader(type).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses one value from UTF-8 JSON bytes; malformed JSON is an {@link UncheckedIOException}. */
    public static <T> T readBytes(byte[] json, Class<T> type) {
        try {
            return reader(type).readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses an {@link Analysis} as stored in the index. */
    public static Analysis readAnalysis(byte[] json) {
        try {
            return AnalysisReader.READER.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
