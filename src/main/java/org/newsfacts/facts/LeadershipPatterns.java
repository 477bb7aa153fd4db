package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.facts.pattern.PatternFile;
import org.newsfacts.facts.pattern.PatternMatch;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.Slots;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;

/**
 * Completes the leadership changes {@link LeadershipChangeRule} read from one sentence with what the patterns of
 * {@code models/patterns/leadership.patterns} find in its graph: the appointer (subject of "appoint", agent of
 * "was named by") where the tokens gave none, and every further head of a conjoined list ("A and B were named
 * deputy directors"), each with the post the graph attaches to them. A head joins only a change the rule already
 * read at the same trigger, so the organisation, date and hedging checks stay the rule's.
 */
final class LeadershipPatterns {
    private final PatternFile patterns;
    private final Lexicons lexicons;

    LeadershipPatterns(PatternFile patterns, Lexicons lexicons) {
        this.patterns = patterns;
        this.lexicons = lexicons;
    }

    /** {@code read} (the sentence's changes), completed; unchanged when the sentence was not parsed. */
    List<Fact> complete(SentenceView view, List<Fact> read) {
        if (read.isEmpty() || !view.sentence().parsed()) {
            return read;
        }
        SentenceGraph graph = new SentenceGraph(view.sentence(), view.mentions());
        List<PatternMatch> matches = patterns.matches(graph).stream()
                .filter(m -> person(graph, m, "incoming").isPresent()).toList();
        List<Fact> out = new ArrayList<>();
        for (Fact fact : read) {
            out.add(withAppointer(fact, matches, graph));
        }
        Map<Integer, List<PatternMatch>> byTrigger = matches.stream()
                .collect(Collectors.groupingBy(m -> m.token("trigger").orElse(-1), LinkedHashMap::new, Collectors.toList()));
        List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
        for (List<PatternMatch> sameTrigger : byTrigger.values()) {
            Set<String> objects = objects(graph, sameTrigger.get(0).token("trigger").orElse(-1));
            Optional<Fact> known = out.stream().filter(f -> objects.contains(f.args().get("incoming")) || sameTrigger.stream()
                    .anyMatch(m -> Objects.equals(f.args().get("incoming"), person(graph, m, "incoming").orElse(null))))
                    .findFirst();
            for (PatternMatch match : sameTrigger) {
                String head = person(graph, match, "incoming").orElseThrow();
                if (known.isEmpty() || out.stream().anyMatch(f -> head.equals(Slots.INCOMING.get(f.args())))) {
                    continue;
                }
                Map<String, Object> args = new LinkedHashMap<>(known.get().args());
                Slots.INCOMING.put(args, head);
                args.remove(Slots.OUTGOING.name()); // the one replaced was replaced by the first head
                match.token("post").flatMap(p -> roles.stream().filter(r -> r.start() <= p && p < r.end()).findFirst())
                        .ifPresent(r -> Slots.ROLE.put(args, r.role()));
                out.add(FactFactory.withArgs(known.get(), args, known.get().date()));
            }
        }
        return out;
    }

    /** The fact with the appointer a match gives for its incoming head, if the tokens gave none. */
    private static Fact withAppointer(Fact fact, List<PatternMatch> matches, SentenceGraph graph) {
        Object incoming = Slots.INCOMING.get(fact.args());
        if (incoming == null || fact.args().containsKey(Slots.APPOINTED_BY.name())) {
            return fact;
        }
        for (PatternMatch match : matches) {
            Optional<String> appointer = match.token("appointer").map(graph::mentionAt).map(EntityMention::canonical);
            boolean same = incoming.equals(person(graph, match, "incoming").orElse(null));
            if (same && appointer.isPresent() && !appointer.get().equals(incoming)
                    && !appointer.get().equals(Slots.ORGANIZATION.get(fact.args()))
                    && !appointer.get().equals(Slots.OUTGOING.get(fact.args()))) {
                Map<String, Object> args = new LinkedHashMap<>(fact.args());
                Slots.APPOINTED_BY.put(args, appointer.get());
                return FactFactory.withArgs(fact, args, fact.date());
            }
        }
        return fact;
    }

    /**
     * The people the trigger takes as objects ("chose A, 61, and B"): a change the tokens read for one of them is
     * the change the other matches of the trigger complete, even when no pattern matched that one.
     */
    private static Set<String> objects(SentenceGraph graph, int trigger) {
        if (trigger < 0) {
            return Set.of();
        }
        return graph.dependents(trigger).stream().filter(d -> d.relation().equals("obj") || d.relation().equals("nsubj:pass"))
                .map(d -> graph.mentionAt(d.dependent())).filter(m -> m != null && m.type() == EntityType.PERSON)
                .map(EntityMention::canonical).collect(Collectors.toSet());
    }

    private static Optional<String> person(SentenceGraph graph, PatternMatch match, String node) {
        return match.token(node).map(graph::mentionAt).filter(m -> m.type() == EntityType.PERSON)
                .map(EntityMention::canonical);
    }
}
