package org.newsfacts.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The package's one JSON mapper, configured once; readers and writers derived from it are immutable. */
final class EvalJson {
    /** Trailing tokens fail, as {@code json.loads} does with "Extra data", so a glued line is not half-read. */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Untyped values: objects become {@code LinkedHashMap}, arrays {@code ArrayList}, as Python sees them. */
    static final ObjectReader VALUE_READER = MAPPER.readerFor(Object.class);
    static final ObjectWriter WRITER = MAPPER.writer();

    private EvalJson() {
    }
}
