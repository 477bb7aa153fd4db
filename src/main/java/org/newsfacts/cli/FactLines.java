package org.newsfacts.cli;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsfacts.model.MergedFact;

/** Merged facts as short lines for people: one sentence-like summary, and one line per conflict. */
final class FactLines {
    private static final String UNKNOWN = "?";

    private FactLines() {
    }

    /** "Roscosmos head: Dmitry Rogozin → Yuri Borisov (appointed by Vladimir Putin)", per fact type. */
    static String summary(MergedFact fact) {
        Map<String, Object> a = fact.args();
        return switch (fact.type()) {
            case FLIGHT_ASSIGNMENT -> get(a, "person", UNKNOWN) + opt(a, "agency", " (", ")") + " flies"
                    + opt(a, "mission", " ", "") + opt(a, "vehicle", " on ", "") + opt(a, "launch_site", " from ", "")
                    + opt(a, "destination", " to ", "");
            case LEADERSHIP_CHANGE -> get(a, "organization", UNKNOWN) + opt(a, "role", " ", "") + ": "
                    + get(a, "outgoing", UNKNOWN) + " → " + get(a, "incoming", UNKNOWN)
                    + opt(a, "appointed_by", " (appointed by ", ")");
            case AGREEMENT -> get(a, "parties", UNKNOWN) + " agree" + opt(a, "subject", ": ", "");
            case ROLE -> get(a, "person", UNKNOWN) + ": " + (Boolean.TRUE.equals(a.get("former")) ? "former " : "")
                    + get(a, "title", UNKNOWN) + opt(a, "organization", ", ", "");
        };
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

    private static String get(Map<String, Object> args, String slot, String absent) {
        Object value = args.get(slot);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(" + "));
        }
        return value == null ? absent : String.valueOf(value);
    }

    private static String opt(Map<String, Object> args, String slot, String before, String after) {
        return args.get(slot) == null ? "" : before + get(args, slot, "") + after;
    }
}
