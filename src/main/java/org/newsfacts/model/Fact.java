package org.newsfacts.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A fact as exported (FACTS-SCHEMA v1). {@code args} maps slot names to a canonical name, a list of
 * names, or a boolean; slots the text does not fill are absent, never invented.
 *
 * @param date normalized TIMEX-style value ({@code 2022-09}, {@code XXXX-09}) or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "type", "article", "args", "date", "evidence", "confidence"})
public record Fact(String id, FactType type, String article, Map<String, Object> args, String date,
                   Evidence evidence, double confidence) {
    public Fact {
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
