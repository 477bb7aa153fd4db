package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.Slot;

/**
 * The events of one bucket as its facts are placed, in merge order: each fact joins the one group all of
 * whose facts report the same event ({@link EventMatcher#sameEventInBucket}), else starts its own. The
 * result is exactly that of comparing each fact with every member of every group; what makes it cheaper
 * is skipping comparisons whose answer is known to be no, and comparing a fact once per distinct member:
 * <ul>
 * <li>groups are kept by their key wording (a schema's key slots that name no entity): two facts that do
 *     not both give the same wording are never one event, so a fact is compared only with its wording's
 *     groups;</li>
 * <li>for a schema without an event name, two dates of different known years are never one event (dates
 *     must be compatible, and so must the years of companions), so a fact of a known year is compared only
 *     with its year's groups and those of no known year;</li>
 * <li>members that resolved to the same values and date give the same answer, so a group is compared
 *     through one member of each such kind.</li>
 * </ul>
 * A bucket of n reports of a few events thus costs about n times the number of events open in the same
 * year, where comparing with every member cost n squared.
 */
final class EventGroups {
    /** One event being built. */
    private static final class Group {
        final List<ResolvedFact> members = new ArrayList<>();
        /** One member per distinct {@link #signature}. */
        final Map<String, ResolvedFact> kinds = new LinkedHashMap<>();
        String year;

        void add(ResolvedFact fact) {
            members.add(fact);
            kinds.putIfAbsent(signature(fact), fact);
        }

        boolean takes(ResolvedFact fact) {
            return kinds.values().stream().allMatch(member -> EventMatcher.sameEventInBucket(member, fact));
        }
    }

    /** The groups of one key wording. */
    private static final class Block {
        final List<Group> all = new ArrayList<>();
        final List<Group> yearless = new ArrayList<>();
        final Map<String, List<Group>> byYear = new HashMap<>();
    }

    private final FactSchema schema;
    private final boolean byYear;
    private final List<Group> groups = new ArrayList<>();
    private final Map<String, Block> blocks = new HashMap<>();

    EventGroups(FactSchema schema) {
        this.schema = schema;
        this.byYear = schema.eventName().isEmpty();
    }

    /** Places the next fact (facts come in merge order). */
    void place(ResolvedFact fact) {
        String wording = wording(fact);
        Block block = wording == null ? null : blocks.get(wording);
        Group fit = null;
        int fits = 0;
        for (Group group : block == null ? List.<Group>of() : candidates(block, EventMatcher.year(fact.date()))) {
            if (group.takes(fact)) {
                fit = group;
                if (++fits > 1) {
                    break; // fits two: joins neither
                }
            }
        }
        if (fits == 1) {
            String before = fit.year;
            fit.add(fact);
            if (before == null && byYear && EventMatcher.year(fact.date()) != null) {
                fit.year = EventMatcher.year(fact.date());
                block.yearless.remove(fit);
                block.byYear.computeIfAbsent(fit.year, y -> new ArrayList<>()).add(fit);
            }
            return;
        }
        Group group = new Group();
        group.add(fact);
        groups.add(group);
        if (wording == null) {
            return; // it gives no key wording, so no later fact is ever the same event
        }
        Block own = blocks.computeIfAbsent(wording, w -> new Block());
        own.all.add(group);
        group.year = byYear ? EventMatcher.year(fact.date()) : null;
        if (group.year == null) {
            own.yearless.add(group);
        } else {
            own.byYear.computeIfAbsent(group.year, y -> new ArrayList<>()).add(group);
        }
    }

    /** The groups, in the order they were started, each with its facts in merge order. */
    List<List<ResolvedFact>> groups() {
        return groups.stream().map(g -> g.members).toList();
    }

    private List<Group> candidates(Block block, String year) {
        if (!byYear || year == null) {
            return block.all;
        }
        List<Group> out = new ArrayList<>(block.byYear.getOrDefault(year, List.of()));
        out.addAll(block.yearless);
        return out;
    }

    /** The key wording of a fact; null when it lacks one of the slots, so it is the same event as nothing. */
    private String wording(ResolvedFact fact) {
        StringBuilder out = new StringBuilder();
        for (Slot slot : schema.key()) {
            if (!slot.kind().namesEntity()) {
                String key = fact.key(slot.name());
                if (key == null) {
                    return null;
                }
                out.append(key).append('\u0000');
            }
        }
        return out.toString();
    }

    /** Everything {@link EventMatcher} reads of a fact of the bucket: its date and its resolved values. */
    private static String signature(ResolvedFact fact) {
        StringBuilder out = new StringBuilder(String.valueOf(fact.date()));
        new TreeMap<>(fact.values()).forEach((slot, value) -> out.append('\u0001').append(slot).append('=').append(value.key()));
        new TreeMap<>(fact.lists()).forEach((slot, values) -> out.append('\u0001').append(slot).append("=[")
                .append(String.join("\u0002", new TreeSet<>(values.stream().map(ResolvedFact.Value::key).toList()))).append(']'));
        return out.toString();
    }
}
