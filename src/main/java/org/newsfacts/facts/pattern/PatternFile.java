package org.newsfacts.facts.pattern;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.model.ModelFile;

/**
 * A file of {@code models/patterns/}: patterns, each under the invented sentence it is written for and the
 * bindings it must give there, in the manner of CoreNLP's KBP {@code *.rules} files:
 * <pre>
 *   example: Olga Varga, the director of the agency, spoke on Monday.
 *   expect: person=Varga title=director
 *   apposition: {type:PERSON}=person &gt;appos {lemma:@role-heads}=title
 * </pre>
 * A pattern without its example and expectation, a repeated name or a malformed pattern fails loading with
 * {@code file:line: reason}. A test runs every example through the real pipeline and checks its bindings.
 */
public record PatternFile(String resource, List<Entry> entries) {
    private static final String EXAMPLE = "example:";
    private static final String EXPECT = "expect:";

    /** One pattern with its example sentence and the word each named node must bind in it. */
    public record Entry(GraphPattern pattern, String example, Map<String, String> expected, int line) {
        public Entry {
            expected = Map.copyOf(expected);
        }
    }

    public PatternFile {
        entries = List.copyOf(entries);
    }

    /**
     * Reads and compiles {@code file}.
     *
     * @param vocabulary the word sets that {@code @name} values may use
     * @throws IllegalArgumentException {@code file:line: reason} for the first bad line
     */
    public static PatternFile read(ModelFile file, Map<String, Set<String>> vocabulary) {
        List<Entry> entries = new ArrayList<>();
        Set<String> names = new HashSet<>();
        String example = null;
        Map<String, String> expected = null;
        for (ModelFile.Line line : file.lines()) {
            String text = line.text().strip();
            if (text.startsWith(EXAMPLE)) {
                example = text.substring(EXAMPLE.length()).strip();
                expected = null;
                continue;
            }
            if (text.startsWith(EXPECT)) {
                if (example == null) {
                    throw file.error(line, "expect: without an example: line before it");
                }
                expected = bindings(file, line, text.substring(EXPECT.length()).strip());
                continue;
            }
            int colon = text.indexOf(':');
            String name = colon < 0 ? "" : text.substring(0, colon).strip();
            if (!name.matches("[a-z][a-z0-9-]*")) {
                throw file.error(line, "expected 'example:', 'expect:' or 'name: pattern' (name in lower case)");
            }
            if (example == null || expected == null) {
                throw file.error(line, "pattern " + name + " needs an example: and an expect: line above it");
            }
            if (!names.add(name)) {
                throw file.error(line, "pattern name " + name + " is used twice");
            }
            GraphPattern.Node root;
            try {
                root = new PatternParser(text.substring(colon + 1), vocabulary).parse();
            } catch (IllegalArgumentException e) {
                throw file.error(line, "pattern " + name + ", " + e.getMessage());
            }
            GraphPattern pattern = new GraphPattern(name, root);
            entries.add(new Entry(pattern, example, expected, line.number()));
            example = null;
            expected = null;
        }
        return new PatternFile(file.resource(), entries);
    }

    private static Map<String, String> bindings(ModelFile file, ModelFile.Line line, String text) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String pair : text.split("\\s+")) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw file.error(line, "expected name=Word pairs, got \"" + pair + "\"");
            }
            expected.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return expected;
    }

    /** Every match of every pattern of the file, pattern by pattern in file order. */
    public List<PatternMatch> matches(SentenceGraph graph) {
        if (!graph.sentence().parsed()) {
            return List.of();
        }
        List<PatternMatch> all = new ArrayList<>();
        for (Entry entry : entries) {
            all.addAll(entry.pattern().matches(graph));
        }
        return all;
    }
}
