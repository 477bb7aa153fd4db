package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.Slot;

/**
 * Whether two facts from different articles report the same event, as the type's {@link FactSchema}
 * defines it, on key arguments only; dates must be compatible unless the event is named (a flight's
 * mission), in which case differing dates become a conflict of the merged fact instead of two events.
 * <ul>
 * <li>the same {@link FactSchema#key() key} entities (a list as a set, with its minimum of names) and the
 *     same key wording;</li>
 * <li>no two different {@link FactSchema#eventName() event names}, no contradicting
 *     {@link FactSchema#distinct() distinct} slot;</li>
 * <li>a succession (LEADERSHIP_CHANGE): compatible dates, nobody coming in on one side and going out on
 *     the other; the same incoming or outgoing head, or two incoming heads on the same day on one post;</li>
 * <li>otherwise: the same event name, or two {@link FactSchema#companions() companions} in common in the
 *     same year, or compatible dates.</li>
 * </ul>
 */
final class EventMatcher {
    private EventMatcher() {
    }

    /**
     * What two facts must share to be compared at all (type and the entities of the key slots); null when
     * the fact lacks a key slot, so it merges with nothing.
     */
    static String bucket(ResolvedFact f) {
        FactSchema schema = f.fact().type().schema();
        List<String> parts = new ArrayList<>();
        parts.add(f.fact().type().name());
        for (Slot slot : schema.key()) {
            if (slot.kind().isList()) {
                Set<String> keys = f.keys(slot.name());
                if (keys.size() < schema.minimumItems(slot)) {
                    return null;
                }
                parts.add(String.join("|", new TreeSet<>(keys)));
            } else if (slot.kind().namesEntity()) {
                String key = f.key(slot.name());
                if (key == null) {
                    return null;
                }
                parts.add(key);
            }
        }
        return String.join("|", parts);
    }

    static boolean sameEvent(ResolvedFact a, ResolvedFact b) {
        if (!a.fact().type().equals(b.fact().type())) {
            return false;
        }
        String bucket = bucket(a);
        return bucket != null && bucket.equals(bucket(b)) && sameEventInBucket(a, b);
    }

    /** {@link #sameEvent} of two facts already known to share a {@link #bucket} (so a type). */
    static boolean sameEventInBucket(ResolvedFact a, ResolvedFact b) {
        FactSchema schema = a.fact().type().schema();
        Optional<Slot> name = schema.eventName();
        boolean keyWording = schema.key().stream().filter(s -> !s.kind().namesEntity()).allMatch(s -> a.same(b, s.name()));
        if (!keyWording || !name.map(s -> a.compatible(b, s.name())).orElse(true)
                || !schema.distinct().stream().allMatch(s -> a.compatible(b, s.name()))) {
            return false;
        }
        if (schema.succession().isPresent()) {
            return sameChange(schema.succession().get(), a, b);
        }
        return name.map(s -> a.same(b, s.name())).orElse(false)
                || schema.companions().map(s -> shared(a, b, s) >= 2
                        && FactDates.compatible(year(a.date()), year(b.date()))).orElse(false)
                || FactDates.compatible(a.date(), b.date());
    }

    private static boolean sameChange(FactSchema.Succession s, ResolvedFact a, ResolvedFact b) {
        String in = s.incoming().name();
        String out = s.outgoing().name();
        boolean crossed = (a.key(in) != null && a.key(in).equals(b.key(out)))
                || (a.key(out) != null && a.key(out).equals(b.key(in)));
        if (crossed || !FactDates.compatible(a.date(), b.date())) {
            return false;
        }
        boolean twoHeadsOneDay = a.key(in) != null && b.key(in) != null
                && FactDates.precision(a.date()) == 3 && a.date().equals(b.date()) && a.compatible(b, s.post().name());
        return a.same(b, in) || a.same(b, out) || twoHeadsOneDay;
    }

    private static int shared(ResolvedFact a, ResolvedFact b, Slot list) {
        Set<String> shared = new HashSet<>(a.keys(list.name()));
        shared.retainAll(b.keys(list.name()));
        return shared.size();
    }

    /** The year of a date, or null when it is unknown. */
    static String year(String date) {
        return date == null || date.length() < 4 || !Character.isDigit(date.charAt(0)) ? null : date.substring(0, 4);
    }
}
