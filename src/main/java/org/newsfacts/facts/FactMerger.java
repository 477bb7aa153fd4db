package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.Slot;

/**
 * Folds what several sentences of one article say about the same event into one fact: the first
 * sentence's values win, later ones fill the slots it left empty. Which facts are "the same event" is
 * decided by the type's {@link FactSchema} ({@link #sameEvent}); conflicting key values never merge.
 */
final class FactMerger {
    /** About three sentences of news prose. */
    private static final int NEARBY_CHARS = 450;
    private final TemporaryPosts temporary;

    /** @param temporary the posts held for the time being, which share a succession with the post itself */
    FactMerger(TemporaryPosts temporary) {
        this.temporary = temporary;
    }

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

    /**
     * Same type, the same {@link FactSchema#key() key} values (a list as a set), no two different
     * {@link FactSchema#eventName() event names}; for a {@link FactSchema.Succession succession}, no side
     * contradicting, nobody on both sides, and one side agreeing, or both facts from one sentence, or one
     * side each from nearby sentences ({@link #complementary}).
     */
    boolean sameEvent(Fact a, Fact b) {
        if (!a.type().equals(b.type())) {
            return false;
        }
        FactSchema schema = a.type().schema();
        Map<String, Object> x = a.args();
        Map<String, Object> y = b.args();
        if (!schema.key().stream().allMatch(slot -> sameKey(slot, x, y))
                || !schema.eventName().map(slot -> compatible(x, y, slot)).orElse(true)
                || otherOccasion(schema, a, b)) {
            return false;
        }
        // one sentence telling both sides of one change ("A returns to head O as B steps down") is one change
        return schema.succession().map(s -> s.sides().stream().allMatch(side -> compatible(x, y, side))
                && (s.sides().stream().anyMatch(side -> bothEqual(x, y, side)) || sameSentence(a, b)
                    || complementary(s, a, b))
                && !crossed(s, x, y)).orElse(true);
    }

    /**
     * Two dates that cannot be one day and a {@link FactSchema#distinct() distinct} slot that differs: the same
     * parties' implementing agreement of 2031 and framework agreement of 2029 are two agreements.
     */
    private static boolean otherOccasion(FactSchema schema, Fact a, Fact b) {
        boolean otherDate = a.date() != null && b.date() != null && !a.date().startsWith(b.date()) && !b.date().startsWith(a.date());
        return otherDate && schema.distinct().stream().anyMatch(slot -> !compatible(a.args(), b.args(), slot));
    }

    private static boolean sameKey(Slot slot, Map<String, Object> x, Map<String, Object> y) {
        if (slot.kind().isList()) {
            return new LinkedHashSet<>((List<?>) slot.get(x)).equals(new LinkedHashSet<>((List<?>) slot.get(y)));
        }
        return Objects.equals(slot.get(x), slot.get(y));
    }

    /**
     * "A will leave O at the end of the year." ... "B will take over as CEO.": one side of a change in each of
     * two nearby sentences, same post (or one unnamed), is one succession.
     */
    private boolean complementary(FactSchema.Succession s, Fact a, Fact b) {
        Map<String, Object> x = a.args();
        Map<String, Object> y = b.args();
        boolean oneEach = s.sides().stream().anyMatch(side -> onlySide(s, x, side) && onlySide(s, y, s.other(side)));
        return oneEach && samePost(x, y, s.post()) && Math.abs(a.evidence().start() - b.evidence().start()) <= NEARBY_CHARS;
    }

    private static boolean onlySide(FactSchema.Succession s, Map<String, Object> args, Slot side) {
        return side.get(args) != null && s.other(side).get(args) == null;
    }

    private static boolean sameSentence(Fact a, Fact b) {
        return a.evidence().start() == b.evidence().start();
    }

    /** The same person cannot come in on one side and go out on the other of one change. */
    private static boolean crossed(FactSchema.Succession s, Map<String, Object> x, Map<String, Object> y) {
        return s.sides().stream().anyMatch(side -> side.get(x) != null && side.get(x).equals(s.other(side).get(y)));
    }

    private static boolean compatible(Map<String, Object> x, Map<String, Object> y, Slot slot) {
        return slot.get(x) == null || slot.get(y) == null || slot.get(x).equals(slot.get(y));
    }

    /**
     * Posts of one succession: the same (case aside), one unnamed, or one the other held for the time being
     * ("president" left, "interim president" taken over).
     */
    private boolean samePost(Map<String, Object> x, Map<String, Object> y, Slot post) {
        if (post.get(x) == null || post.get(y) == null) {
            return true;
        }
        return temporary.bare(post.get(x).toString()).equals(temporary.bare(post.get(y).toString()));
    }

    private static boolean bothEqual(Map<String, Object> x, Map<String, Object> y, Slot slot) {
        return slot.get(x) != null && slot.get(x).equals(slot.get(y));
    }

    /**
     * Of two dates told for one change, the day it takes effect: a decision comes before its effect ("named
     * chief on Monday" ... "takes up the post on June 1"), so the later of two days, and of a month and a day
     * in it, the day. With a year unknown on either side the first date told stands.
     */
    static String effectiveDate(String a, String b) {
        if (a == null || b == null) {
            return a != null ? a : b;
        }
        if (a.startsWith(b) || b.startsWith(a)) {
            return a.length() >= b.length() ? a : b;
        }
        if (a.startsWith("XXXX") || b.startsWith("XXXX")) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }

    private Fact combine(Fact first, Fact second) {
        Map<String, Object> args = new LinkedHashMap<>(first.args());
        second.args().forEach(args::putIfAbsent);
        // "A quit as chair." + "B will act as interim chair.": the newcomer's post is the news
        first.type().schema().succession()
                .filter(s -> s.incoming().get(first.args()) == null && s.outgoing().get(second.args()) == null)
                .map(FactSchema.Succession::post)
                .filter(post -> temporary.isTemporary(post.get(second.args())) && !temporary.isTemporary(post.get(first.args())))
                .ifPresent(post -> args.put(post.name(), post.get(second.args())));
        String date = first.type().schema().succession().isPresent() ? effectiveDate(first.date(), second.date())
                : first.date() != null ? first.date() : second.date();
        Fact combined = FactFactory.withArgs(first, args, date);
        return new Fact(combined.id(), combined.type(), combined.article(), combined.args(), combined.date(),
                combined.evidence(), Math.max(first.confidence(), second.confidence()));
    }
}
