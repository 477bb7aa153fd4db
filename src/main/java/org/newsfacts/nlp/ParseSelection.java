package org.newsfacts.nlp;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which sentences the dependency parser runs on: those holding a lemma of {@code lemmas} (a trigger word or
 * the head of a candidate argument, as the fact rules' lexicons list them). Parsing costs about as much as
 * tagging, and most sentences of an article state no fact, so only these are parsed. The lemmas are given
 * by whoever composes the pipeline, so {@code nlp} does not depend on the rules.
 *
 * @param lemmas lower-case lemmas; an empty set parses nothing
 * @param all    parse every sentence regardless of its words (for pattern tests and measurements)
 */
public record ParseSelection(Set<String> lemmas, boolean all) {
    public ParseSelection {
        lemmas = lemmas.stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Parses the sentences that hold one of {@code lemmas}. */
    public static ParseSelection of(Set<String> lemmas) {
        return new ParseSelection(lemmas, false);
    }

    /** Parses nothing: tokens, tags and names only. */
    public static ParseSelection none() {
        return new ParseSelection(Set.of(), false);
    }

    /** Parses every sentence. */
    public static ParseSelection everySentence() {
        return new ParseSelection(Set.of(), true);
    }

    /** Whether a sentence with these lemmas is parsed. */
    boolean selects(Iterable<String> sentenceLemmas) {
        if (all) {
            return true;
        }
        for (String lemma : sentenceLemmas) {
            if (lemma != null && lemmas.contains(lemma.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
