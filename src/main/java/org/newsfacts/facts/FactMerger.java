package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsfacts.model.Fact;

/**
 * Folds what several sentences of one article say about the same event into one fact: the first
 * sentence's values win, later ones fill the slots it left empty. Which facts are "the same event" is
 * decided per type by {@link #sameEvent}; conflicting key values never merge.
 */
final class FactMerger {
    /** About three sentences of news prose. */
    private static final int NEARBY_CHARS = 450;

    List<Fact> merge(List<Fact> facts) {
        List<Fact> merged = new ArrayList<>();
        for (Fact fact : facts) {
            int into = -1;
            for (int i = 0; i < merged.size() && into < 0; i++) {
                if (sameEvent(merged.get(i), fact)) {
                    into = i;
                }
            }
            if (into < 0) {
                merged.add(fact);
            } else {
                merged.set(into, combine(merged.get(into), fact));
            }
        }
        return merged;
    }

    static boolean sameEvent(Fact a, Fact b) {
        if (a.type() != b.type()) {
            return false;
        }
        Map<String, Object> x = a.args();
        Map<String, Object> y = b.args();
        return switch (a.type()) {
            case FLIGHT_ASSIGNMENT -> x.get("person").equals(y.get("person")) && compatible(x, y, "mission");
            // one sentence telling both sides of one change ("A returns to head O as B steps down") is one change
            case LEADERSHIP_CHANGE -> x.get("organization").equals(y.get("organization"))
                    && compatible(x, y, "incoming") && compatible(x, y, "outgoing")
                    && (bothEqual(x, y, "incoming") || bothEqual(x, y, "outgoing") || sameSentence(a, b)
                        || complementary(a, b))
                    && !crossed(x, y);
            case AGREEMENT -> new LinkedHashSet<>((List<?>) x.get("parties")).equals(new LinkedHashSet<>((List<?>) y.get("parties")));
            case ROLE -> x.get("person").equals(y.get("person")) && Objects.equals(x.get("title"), y.get("title"));
        };
    }

    /**
     * "A will leave O at the end of the year." ... "B will take over as CEO.": one side of a change in each of
     * two nearby sentences, same post (or one unnamed), is one succession.
     */
    private static boolean complementary(Fact a, Fact b) {
        Map<String, Object> x = a.args();
        Map<String, Object> y = b.args();
        boolean oneEach = (onlySide(x, "incoming") && onlySide(y, "outgoing")) || (onlySide(x, "outgoing") && onlySide(y, "incoming"));
        return oneEach && compatible(x, y, "role") && Math.abs(a.evidence().start() - b.evidence().start()) <= NEARBY_CHARS;
    }

    private static boolean onlySide(Map<String, Object> args, String side) {
        return args.get(side) != null && args.get("incoming".equals(side) ? "outgoing" : "incoming") == null;
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return a.evidence().start() == b.evidence().start();
    }

    /** The same person cannot come in on one side and go out on the other of one change. */
    private static boolean crossed(Map<String, Object> x, Map<String, Object> y) {
        return (x.get("incoming") != null && x.get("incoming").equals(y.get("outgoing")))
                || (x.get("outgoing") != null && x.get("outgoing").equals(y.get("incoming")));
    }

    private static boolean compatible(Map<String, Object> x, Map<String, Object> y, String slot) {
        return x.get(slot) == null || y.get(slot) == null || x.get(slot).equals(y.get(slot));
    }

    private static boolean bothEqual(Map<String, Object> x, Map<String, Object> y, String slot) {
        return x.get(slot) != null && x.get(slot).equals(y.get(slot));
    }

    private static Fact combine(Fact first, Fact second) {
        Map<String, Object> args = new LinkedHashMap<>(first.args());
        second.args().forEach(args::putIfAbsent);
        String date = first.date() != null ? first.date() : second.date();
        Fact combined = FactFactory.withArgs(first, args, date);
        return new Fact(combined.id(), combined.type(), combined.article(), combined.args(), combined.date(),
                combined.evidence(), Math.max(first.confidence(), second.confidence()));
    }
}
