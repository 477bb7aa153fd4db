package org.newsfacts.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Slot;
import org.newsfacts.model.SlotKind;

/**
 * Builds one {@link MergedFact} from the facts that report one event, sources in corpus order (earliest
 * article first). Entity slots keep the value all sources agree on, or become a conflict; list slots
 * are united; wording slots (role, title, subject) keep the wording most sources use, since different
 * words for one post are no conflict; a flag ({@code former}) is as the latest source has it, since a title
 * held then may be former now. The date is the most specific one all sources allow. What each slot is comes
 * from the type's {@link FactSchema}.
 */
final class MergedFactBuilder {
    /**
     * A merged fact and the corpus entities (ids) it involves: {@code principals} in its own slots,
     * {@code entities} also as {@link FactSchema#companions() companions} (crewmates), who have a fact of
     * their own for the same event.
     */
    record Built(MergedFact fact, Set<String> principals, Set<String> entities) {
    }

    private MergedFactBuilder() {
    }

    static Built build(List<ResolvedFact> sources) {
        ResolvedFact first = sources.get(0);
        FactSchema schema = first.fact().type().schema();
        Optional<Slot> companions = schema.companions();
        List<String> ownKeys = schema.key().stream().filter(s -> s.kind() == SlotKind.ENTITY).map(s -> first.key(s.name())).toList();
        Map<String, Object> args = new LinkedHashMap<>();
        List<MergedFact.Conflict> conflicts = new ArrayList<>();
        Set<String> principals = new LinkedHashSet<>();
        Set<String> entities = new LinkedHashSet<>();
        for (String slot : slots(sources)) {
            if (sources.stream().anyMatch(s -> s.lists().containsKey(slot))) {
                List<ResolvedFact.Value> united = united(sources, slot, ownKeys);
                boolean companion = companions.map(c -> c.name().equals(slot)).orElse(false);
                united.forEach(v -> (companion ? entities : principals).add(v.key()));
                args.put(slot, united.stream().map(ResolvedFact.Value::shown).toList());
                continue;
            }
            Map<String, List<ResolvedFact>> byValue = sources.stream().filter(s -> s.values().containsKey(slot))
                    .collect(Collectors.groupingBy(s -> s.key(slot), LinkedHashMap::new, Collectors.toList()));
            if (FactSlots.namesEntity(first.fact().type(), slot)) {
                principals.addAll(byValue.keySet());
            }
            if (FactSlots.slot(first.fact().type(), slot).map(s -> s.kind() == SlotKind.FLAG).orElse(false)) {
                args.put(slot, latest(sources, slot));
            } else if (byValue.size() == 1) {
                args.put(slot, shown(byValue.values().iterator().next().get(0), slot));
            } else if (isWording(byValue.keySet())) {
                args.put(slot, mostUsed(byValue, slot));
            } else {
                conflicts.add(conflict(slot, byValue, s -> shown(s, slot)));
            }
        }
        entities.addAll(principals);
        String date = date(sources, conflicts);
        return new Built(new MergedFact(id(sources), first.fact().type(), first.article().id(), args, date,
                first.fact().evidence(), sources.stream().mapToDouble(s -> s.fact().confidence()).max().orElse(0),
                sources.stream().map(s -> new MergedFact.Source(s.article().id(), s.fact().id(), s.date(),
                        s.fact().evidence())).toList(), conflicts), principals, entities);
    }

    private static boolean isWording(Set<String> keys) {
        return keys.stream().allMatch(k -> k.startsWith("text:"));
    }

    private static Object shown(ResolvedFact source, String slot) {
        return source.values().get(slot).shown();
    }

    private static Object latest(List<ResolvedFact> sources, String slot) {
        Object value = null;
        for (ResolvedFact s : sources) {
            value = s.values().containsKey(slot) ? shown(s, slot) : value;
        }
        return value;
    }

    /** Slots in the order the sources first give them. */
    private static Set<String> slots(List<ResolvedFact> sources) {
        Set<String> slots = new LinkedHashSet<>();
        sources.forEach(s -> slots.addAll(s.fact().args().keySet()));
        return slots;
    }

    /**
     * Every value of a list slot once, in order of first appearance, without the fact's own key entities
     * (a flight's person is not among its crewmates).
     */
    private static List<ResolvedFact.Value> united(List<ResolvedFact> sources, String slot, List<String> ownKeys) {
        Map<String, ResolvedFact.Value> united = new LinkedHashMap<>();
        sources.forEach(s -> s.lists().getOrDefault(slot, List.of()).forEach(v -> united.putIfAbsent(v.key(), v)));
        ownKeys.forEach(united::remove);
        return List.copyOf(united.values());
    }

    /** The wording most sources use; on a tie the longest, then the earliest. */
    private static Object mostUsed(Map<String, List<ResolvedFact>> byValue, String slot) {
        List<ResolvedFact> best = null;
        for (List<ResolvedFact> group : byValue.values()) {
            if (best == null || group.size() > best.size() || (group.size() == best.size()
                    && String.valueOf(shown(group.get(0), slot)).length() > String.valueOf(shown(best.get(0), slot)).length())) {
                best = group;
            }
        }
        return shown(best.get(0), slot);
    }

    private static MergedFact.Conflict conflict(String slot, Map<String, List<ResolvedFact>> byValue,
                                                Function<ResolvedFact, Object> shown) {
        List<MergedFact.Claim> claims = byValue.values().stream()
                .map(group -> new MergedFact.Claim(shown.apply(group.get(0)),
                        group.stream().map(s -> s.article().id()).distinct().toList()))
                .toList();
        return new MergedFact.Conflict(slot, claims);
    }

    /** All dates combined when they are compatible; else what they agree on, and a conflict. */
    private static String date(List<ResolvedFact> sources, List<MergedFact.Conflict> conflicts) {
        List<ResolvedFact> dated = sources.stream().filter(s -> s.date() != null).toList();
        boolean compatible = dated.stream().allMatch(a -> dated.stream().allMatch(b -> FactDates.compatible(a.date(), b.date())));
        if (compatible) {
            return dated.stream().map(ResolvedFact::date).reduce(null, FactDates::combine);
        }
        Map<String, List<ResolvedFact>> byDate = dated.stream()
                .collect(Collectors.groupingBy(ResolvedFact::date, LinkedHashMap::new, Collectors.toList()));
        conflicts.add(conflict("date", byDate, ResolvedFact::date));
        return FactDates.agreed(byDate.keySet());
    }

    /** Derived from type and the sources' fact ids: the same reports give the same id on every run. */
    private static String id(List<ResolvedFact> sources) {
        String key = sources.get(0).fact().type() + "|" + sources.stream().map(s -> s.fact().id()).sorted()
                .collect(Collectors.joining(","));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "m-" + HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
