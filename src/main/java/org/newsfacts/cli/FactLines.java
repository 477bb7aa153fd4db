package org.newsfacts.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.newsfacts.model.MergedFact;

/** Merged facts as short lines for people: one sentence-like summary, and one line per conflict. */
final class FactLines {
    private FactLines() {
    }

    /**
     * "NASA administrator: Olga Varga → Marta Kovac (appointed by Ivan Petrak)": the line its type's
     * schema defines ({@link org.newsfacts.model.FactSchema#line()}).
     */
    static String summary(MergedFact fact) {
        return fact.type().schema().line().render(fact.args());
    }

    /** "conflict: incoming = Olga Varga [a1] | Marta Kovac [a2]", one per conflicting slot. */
    static List<String> conflicts(MergedFact fact) {
        return fact.conflicts().stream()
                .map(c -> "conflict: " + c.slot() + " = " + c.values().stream()
                        .map(v -> v.value() + " [" + String.join(", ", v.articles()) + "]")
                        .collect(Collectors.joining(" | ")))
                .toList();
    }

    /** How many distinct articles support the fact. */
    static long articles(MergedFact fact) {
        return fact.sources().stream().map(MergedFact.Source::article).distinct().count();
    }
}
