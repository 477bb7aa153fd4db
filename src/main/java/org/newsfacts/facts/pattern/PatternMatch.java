package org.newsfacts.facts.pattern;

import java.util.Map;
import java.util.Optional;

/**
 * One way a pattern fits a sentence: the token each named node is bound to.
 *
 * @param pattern  the name of the pattern that matched
 * @param bindings node name to token index in the sentence; optional nodes that found nothing are absent
 */
public record PatternMatch(String pattern, Map<String, Integer> bindings) {
    public PatternMatch {
        bindings = Map.copyOf(bindings);
    }

    /** The token bound to {@code name}, if the pattern bound one. */
    public Optional<Integer> token(String name) {
        return Optional.ofNullable(bindings.get(name));
    }

    public boolean has(String name) {
        return bindings.containsKey(name);
    }
}
