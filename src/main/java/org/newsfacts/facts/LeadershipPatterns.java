package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsfacts.facts.pattern.PatternFile;
import org.newsfacts.facts.pattern.PatternMatch;
import org.newsfacts.facts.pattern.SentenceGraph;
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
            Optional<Fact> known = out.stream().filter(f -> sameTrigger.stream()
                    .anyMatch(m -> Objects.equals(f.args().get("incoming"), person(graph, m, "incoming").orElse(null))))
                    .findFirst();
            for (PatternMatch match : sameTrigger) {
                String head = person(graph, match, "incoming").orElseThrow();
                if (known.isEmpty() || out.stream().anyMatch(f -> head.equals(f.args().get("incoming")))) {
                    continue;
                }
                Map<String, Object> args = new LinkedHashMap<>(known.get().args());
                args.put("incoming", head);
                args.remove("outgoing"); // the one replaced was replaced by the first head
                match.token("post").flatMap(p -> roles.stream().filter(r -> r.start() <= p && p < r.end()).findFirst())
                        .ifPresent(r -> args.put("role", r.role()));
                out.add(FactFactory.withArgs(known.get(), args, known.get().date()));
            }
        }
        return out;
    }

    /** The fact with the appointer a match gives for its incoming head, if the tokens gave none. */
    private static Fact withAppointer(Fact fact, List<PatternMatch> matches, SentenceGraph graph) {
        Object incoming = fact.args().get("incoming");
        if (incoming == null || fact.args().containsKey("appointed_by")) {
            return fact;
        }
        for (PatternMatch match : matches) {
            Optional<String> appointer = match.token("appointer").map(graph::mentionAt).map(EntityMention::canonical);
            boolean same = incoming.equals(person(graph, match, "incoming").orElse(null));
            if (same && appointer.isPresent() && !appointer.get().equals(incoming)
                    && !appointer.get().equals(fact.args().get("organization"))
                    && !appointer.get().equals(fact.args().get("outgoing"))) {
                Map<String, Object> args = new LinkedHashMap<>(fact.args());
                args.put("appointed_by", appointer.get());
                return FactFactory.withArgs(fact, args, fact.date());
            }
        }
        return fact;
    }

    private static Optional<String> person(SentenceGraph graph, PatternMatch match, String node) {
        return match.token(node).map(graph::mentionAt).filter(m -> m.type() == EntityType.PERSON)
                .map(EntityMention::canonical);
    }
}
