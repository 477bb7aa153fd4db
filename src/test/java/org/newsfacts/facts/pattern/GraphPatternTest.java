package org.newsfacts.facts.pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ModelFile;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/** The pattern language on hand-built graphs: no model is loaded. */
class GraphPatternTest {
    private static final Map<String, Set<String>> VOCABULARY = Map.of("appoint-verbs", Set.of("appoint", "name"));

    /** "Varga and Petrak were appointed by Kovac", with enhanced++ edges as the parser gives them. */
    private static SentenceGraph appointed() {
        String[][] words = {{"Varga", "varga", "NNP"}, {"and", "and", "CC"}, {"Petrak", "petrak", "NNP"},
                {"were", "be", "VBD"}, {"appointed", "appoint", "VBN"}, {"by", "by", "IN"}, {"Kovac", "kovac", "NNP"}};
        List<Token> tokens = new ArrayList<>();
        int offset = 0;
        for (String[] w : words) {
            tokens.add(new Token(w[0], w[1], w[2], "O", offset, offset + w[0].length()));
            offset += w[0].length() + 1;
        }
        List<Dependency> edges = List.of(new Dependency(Dependency.ROOT, 4, "root"), new Dependency(4, 0, "nsubj:pass"),
                new Dependency(4, 2, "nsubj:pass"), new Dependency(0, 2, "conj:and"), new Dependency(2, 1, "cc"),
                new Dependency(4, 3, "aux:pass"), new Dependency(4, 6, "obl:agent"), new Dependency(6, 5, "case"));
        Sentence sentence = new Sentence(0, 0, offset, "Varga and Petrak were appointed by Kovac", tokens, List.of(),
                List.of(), edges);
        List<EntityMention> people = List.of(person(0, "Varga"), person(2, "Petrak"), person(6, "Kovac"));
        return new SentenceGraph(sentence, people);
    }

    private static EntityMention person(int token, String name) {
        return new EntityMention(0, token, token + 1, EntityType.PERSON, "PERSON", name, name, 0, 0);
    }

    private static List<Map<String, Integer>> match(String pattern) {
        GraphPattern compiled = new GraphPattern("p", new PatternParser(pattern, VOCABULARY).parse());
        return compiled.matches(appointed()).stream().map(PatternMatch::bindings).toList();
    }

    @Test
    void conjoinedSubjectsGiveOneMatchEach() {
        List<Map<String, Integer>> found = match("{lemma:@appoint-verbs}=t >nsubj:pass {type:PERSON}=head >obl:agent {}=by");
        assertEquals(List.of(Map.of("t", 4, "head", 0, "by", 6), Map.of("t", 4, "head", 2, "by", 6)), found);
    }

    @Test
    void optionalEdgesBindWhenPresentAndAbsentEdgesExclude() {
        assertEquals(2, match("{lemma:appoint}=t >nsubj:pass {}=head ?>obl:by {}=by").size());
        assertTrue(match("{lemma:appoint}=t >nsubj:pass {}=head ?>obl:by {}=by").stream().noneMatch(b -> b.containsKey("by")));
        assertEquals(List.of(), match("{lemma:appoint} !>/aux:.*/ {lemma:be} >nsubj:pass {}=head"));
    }

    @Test
    void parenthesesHangEdgesOnTheInnerNodeAndUpwardEdgesFollowGovernors() {
        assertEquals(List.of(Map.of("head", 0, "other", 2)),
                match("{}=head <nsubj:pass ({lemma:appoint} >nsubj:pass {}=other) >/conj:.*/ {}=other"));
        assertEquals(List.of(Map.of("by", 6)), match("{word:Kovac|Novak}=by <obl:agent {pos:/VB.*/}"));
    }

    @Test
    void malformedPatternsFailWithFileLineAndReason() {
        String head = "# comment\nexample: Olga Varga was named.\nexpect: p=Varga\n";
        assertError("t.patterns:4: pattern p, column 9: unknown word set @nope", head + "p: {lemma:@nope}=p");
        assertError("t.patterns:4: pattern p, column 2: expected '{'", head + "p: lemma:name");
        assertError("t.patterns:4: pattern p, column 15: expected an edge ('>' or '<')", head + "p: {lemma:name} nsubj {}");
        assertError("t.patterns:4: pattern p, column 3: node test \"tag:NN\" is not attr:value with attr one of",
                head + "p: {tag:NN}");
        assertError("t.patterns:2: pattern q needs an example: and an expect: line above it",
                "example: A.\nq: {}\n");
        assertError("t.patterns:7: pattern name p is used twice", head + "p: {}=p\n" + head.substring(10) + "p: {}=p");
    }

    private static void assertError(String expected, String file) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PatternFile.read(ModelFile.of("t.patterns", file), VOCABULARY));
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
