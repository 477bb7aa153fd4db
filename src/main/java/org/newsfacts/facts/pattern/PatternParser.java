package org.newsfacts.facts.pattern;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the pattern language, a subset of Semgrex:
 * <pre>
 *   node     {attr:value;attr:value}=name     attr: word, lemma, pos, type; {} matches any token
 *   value    literal, a|b|c, /regex/ (whole value), or @set (a word set of the vocabulary, e.g. @role-heads)
 *   edge     &gt;rel node (to a dependent), &lt;rel node (to a governor); rel as a value ("nmod:of", /obl:.*&#47;)
 *            prefix ? makes an edge optional, ! requires that no such edge exists
 *   grouping A &gt;r B &gt;s C hangs both edges on A; A &gt;r (B &gt;s C) hangs the second on B
 * </pre>
 * Errors name the column: the caller adds the file and line.
 */
final class PatternParser {
    private static final Set<String> ATTRIBUTES = Set.of("word", "lemma", "pos", "type");

    private final String text;
    private final Map<String, Set<String>> vocabulary;
    private int at;

    /** @param vocabulary the word sets {@code @name} values refer to */
    PatternParser(String text, Map<String, Set<String>> vocabulary) {
        this.text = text;
        this.vocabulary = vocabulary;
    }

    /** The root node of the pattern; throws {@link IllegalArgumentException} with the column of the problem. */
    GraphPattern.Node parse() {
        GraphPattern.Node root = node();
        skipSpace();
        if (at < text.length()) {
            throw error("unexpected '" + text.charAt(at) + "'");
        }
        return root;
    }

    /** A node test and the edges hanging on it. */
    private GraphPattern.Node node() {
        GraphPattern.Node head = head();
        return new GraphPattern.Node(head.constraints(), head.name(), edges());
    }

    /** A node test alone: {@code {...}} and its optional {@code =name}. */
    private GraphPattern.Node head() {
        skipSpace();
        expect('{');
        List<GraphPattern.Constraint> constraints = new ArrayList<>();
        int close = text.indexOf('}', at);
        if (close < 0) {
            throw error("'{' is never closed");
        }
        String body = text.substring(at, close);
        int partStart = at;
        at = close + 1;
        if (!body.isBlank()) {
            for (String part : body.split(";", -1)) {
                int colon = part.indexOf(':');
                String attribute = colon < 0 ? part.strip() : part.substring(0, colon).strip();
                if (colon < 0 || !ATTRIBUTES.contains(attribute)) {
                    throw new IllegalArgumentException("column " + (partStart + 1) + ": node test \"" + part.strip()
                            + "\" is not attr:value with attr one of " + ATTRIBUTES);
                }
                String value = part.substring(colon + 1);
                int valueStart = partStart + colon + 1 + (value.length() - value.stripLeading().length());
                constraints.add(new GraphPattern.Constraint(attribute, value(value.strip(), valueStart)));
                partStart += part.length() + 1;
            }
        }
        String name = null;
        if (at < text.length() && text.charAt(at) == '=') {
            at++;
            int start = at;
            while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
                at++;
            }
            if (start == at) {
                throw error("'=' must be followed by a name");
            }
            name = text.substring(start, at);
        }
        return new GraphPattern.Node(constraints, name, List.of());
    }

    private List<GraphPattern.Edge> edges() {
        List<GraphPattern.Edge> edges = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= text.length() || text.charAt(at) == ')') {
                return edges;
            }
            GraphPattern.Mode mode = GraphPattern.Mode.REQUIRED;
            if (text.charAt(at) == '?' || text.charAt(at) == '!') {
                mode = text.charAt(at) == '?' ? GraphPattern.Mode.OPTIONAL : GraphPattern.Mode.ABSENT;
                at++;
            }
            if (at >= text.length() || (text.charAt(at) != '>' && text.charAt(at) != '<')) {
                throw error("expected an edge ('>' or '<')");
            }
            boolean down = text.charAt(at++) == '>';
            int start = at;
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (start == at) {
                throw error("edge without a relation");
            }
            Predicate<String> relation = value(text.substring(start, at), start);
            skipSpace();
            GraphPattern.Node target;
            if (at < text.length() && text.charAt(at) == '(') {
                at++;
                target = node();
                skipSpace();
                expect(')');
            } else {
                target = head(); // "A >r B >s C": the next edge hangs on A again
            }
            edges.add(new GraphPattern.Edge(down, relation, mode, target));
        }
    }

    private Predicate<String> value(String value, int column) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("column " + (column + 1) + ": empty value");
        }
        if (value.length() > 1 && value.startsWith("/") && value.endsWith("/")) {
            try {
                return Pattern.compile(value.substring(1, value.length() - 1)).asMatchPredicate();
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("column " + (column + 1) + ": bad regular expression " + value);
            }
        }
        if (value.startsWith("@")) {
            Set<String> words = vocabulary.get(value.substring(1));
            if (words == null) {
                throw new IllegalArgumentException("column " + (column + 1) + ": unknown word set " + value
                        + " (known: " + vocabulary.keySet().stream().sorted().toList() + ")");
            }
            return words::contains;
        }
        Set<String> alternatives = Set.copyOf(Arrays.asList(value.split("\\|")));
        return alternatives::contains;
    }

    private void expect(char c) {
        if (at >= text.length() || text.charAt(at) != c) {
            throw error("expected '" + c + "'");
        }
        at++;
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String reason) {
        return new IllegalArgumentException("column " + (at + 1) + ": " + reason);
    }
}
