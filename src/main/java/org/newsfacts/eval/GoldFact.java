package org.newsfacts.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One gold line: a fact an annotator found in an article, with acceptable alternative values.
 * Maps keep JSON nulls (a null slot counts as absent), which is why they are not {@code Map.copyOf}.
 *
 * @param article the article's file name, as the gold file writes it
 * @param type    a fact type name, or a marker such as {@code NO_FACTS} that only keeps the article scored
 * @param args    slot values: a name, a list of names, or a boolean
 * @param date    normalized TIMEX-style date, or null
 * @param alt     per slot, a list of alternatives; for list slots, a map from element to its alternatives
 */
public record GoldFact(String article, String type, Map<String, Object> args, String date, Map<String, Object> alt) {
    public GoldFact {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
        alt = alt == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(alt));
    }
}
