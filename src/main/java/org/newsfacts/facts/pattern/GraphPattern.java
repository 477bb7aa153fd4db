package org.newsfacts.facts.pattern;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsfacts.model.Dependency;

/**
 * A compiled dependency pattern: a tree of node tests joined by edge tests, matched by backtracking from
 * every token of a sentence. Written in the language {@link PatternParser} reads, for example
 * {@code {lemma:appoint}=trigger >nsubj:pass {type:PERSON}=person ?>obl:agent {}=appointer}.
 *
 * @param name the pattern's name in its file, reported with each match
 * @param root the node the pattern starts from
 */
public record GraphPattern(String name, Node root) {

    /** One node test: every constraint must hold; {@code name} (or null) binds the token it matched. */
    public record Node(List<Constraint> constraints, String name, List<Edge> edges) {
        public Node {
            constraints = List.copyOf(constraints);
            edges = List.copyOf(edges);
        }

        boolean accepts(SentenceGraph graph, int token) {
            return constraints.stream().allMatch(c -> c.accepts(graph, token));
        }
    }

    /** A test on one attribute of a token: {@code word}, {@code lemma}, {@code pos} or {@code type}. */
    public record Constraint(String attribute, Predicate<String> value) {
        boolean accepts(SentenceGraph graph, int token) {
            String actual = switch (attribute) {
                case "word" -> graph.token(token).word();
                case "lemma" -> graph.lemma(token);
                case "pos" -> graph.token(token).pos();
                case "type" -> graph.typeAt(token);
                default -> throw new IllegalStateException("unchecked attribute " + attribute);
            };
            return actual != null && value.test(actual);
        }
    }

    /** Whether an edge must exist, may exist, or must not exist. */
    public enum Mode { REQUIRED, OPTIONAL, ABSENT }

    /**
     * An edge test from the node it hangs on: {@code down} follows edges to dependents ({@code >}), otherwise
     * to governors ({@code <}).
     */
    public record Edge(boolean down, Predicate<String> relation, Mode mode, Node target) {
    }

    /** Every way this pattern fits the sentence, each set of bindings once, in token order of the root. */
    public List<PatternMatch> matches(SentenceGraph graph) {
        Set<Map<String, Integer>> seen = new LinkedHashSet<>();
        for (int t = 0; t < graph.size(); t++) {
            seen.addAll(match(root, t, graph, Map.of()));
        }
        return seen.stream().map(b -> new PatternMatch(name, b)).toList();
    }

    private static List<Map<String, Integer>> match(Node node, int token, SentenceGraph graph, Map<String, Integer> bound) {
        if (!node.accepts(graph, token)) {
            return List.of();
        }
        List<Map<String, Integer>> results = new ArrayList<>();
        if (node.name() != null) {
            Integer already = bound.get(node.name());
            if (already != null && already != token || already == null && bound.containsValue(token)) {
                return List.of(); // one name, one token; two names, two tokens
            }
            Map<String, Integer> with = new LinkedHashMap<>(bound);
            with.put(node.name(), token);
            results.add(with);
        } else {
            results.add(bound);
        }
        for (Edge edge : node.edges()) {
            List<Map<String, Integer>> next = new ArrayList<>();
            for (Map<String, Integer> partial : results) {
                List<Map<String, Integer>> found = new ArrayList<>();
                for (Dependency d : edge.down() ? graph.dependents(token) : graph.governors(token)) {
                    int other = edge.down() ? d.dependent() : d.governor();
                    if (other >= 0 && edge.relation().test(d.relation())) {
                        found.addAll(match(edge.target(), other, graph, partial));
                    }
                }
                switch (edge.mode()) {
                    case REQUIRED -> next.addAll(found);
                    case OPTIONAL -> next.addAll(found.isEmpty() ? List.of(partial) : found);
                    case ABSENT -> {
                        if (found.isEmpty()) {
                            next.add(partial);
                        }
                    }
                }
            }
            results = next;
        }
        return results;
    }
}
