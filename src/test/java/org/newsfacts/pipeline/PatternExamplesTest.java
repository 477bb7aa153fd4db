package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.facts.FactPatterns;
import org.newsfacts.facts.Lexicons;
import org.newsfacts.facts.pattern.PatternFile;
import org.newsfacts.facts.pattern.PatternMatch;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.AnnotatedArticle;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Sentence;
import org.newsfacts.nlp.CoreNlpAnnotator;
import org.newsfacts.nlp.ParseSelection;

/**
 * Every pattern of {@code models/patterns} on the invented example written above it, through the real
 * pipeline (CoreNLP tagging, names and parse; our entity resolver): the pattern must fire there and bind each
 * expected node to the expected word. A pattern file thus tests itself, and a new phrasing is one pattern plus
 * its example.
 */
@Tag("models") // loads CoreNLP
class PatternExamplesTest {
    private static final EntityResolver RESOLVER = new EntityResolver(Gazetteer.bundled(), MissionCatalog.bundled());

    @TestFactory
    Stream<DynamicTest> everyPatternFiresOnItsExample() {
        FactPatterns patterns = FactPatterns.bundled(Lexicons.bundled());
        List<DynamicTest> tests = new ArrayList<>();
        for (PatternFile file : patterns.all()) {
            for (PatternFile.Entry entry : file.entries()) {
                String name = file.resource() + ":" + entry.line() + " " + entry.pattern().name();
                tests.add(DynamicTest.dynamicTest(name, () -> check(entry)));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    private static void check(PatternFile.Entry entry) {
        CoreNlpAnnotator coreNlp = CoreNlpAnnotator.shared(NlpConfig.defaults(), false);
        var article = Articles.create("example.txt", "example", "2030-01-15", null, entry.example());
        AnnotatedArticle annotated = new AnnotatedArticle(article, "en", coreNlp.annotate(article, ParseSelection.everySentence()));
        ResolvedArticle resolved = RESOLVER.resolve(annotated);
        List<String> seen = new ArrayList<>();
        for (int s = 0; s < annotated.sentences().size(); s++) {
            Sentence sentence = annotated.sentences().get(s);
            SentenceGraph graph = new SentenceGraph(sentence, resolved.mentions().get(s));
            for (PatternMatch match : entry.pattern().matches(graph)) {
                Map<String, String> words = new java.util.TreeMap<>();
                match.bindings().forEach((node, token) -> words.put(node, sentence.tokens().get(token).word()));
                if (words.entrySet().containsAll(entry.expected().entrySet())) {
                    return;
                }
                seen.add(words.toString());
            }
        }
        String edges = annotated.sentences().stream().flatMap(sentence -> sentence.dependencies().stream()
                .filter(d -> d.governor() >= 0)
                .map(d -> sentence.tokens().get(d.governor()).word() + " -" + d.relation() + "-> "
                        + sentence.tokens().get(d.dependent()).word())).toList().toString();
        assertTrue(false, "expected " + entry.expected() + " on \"" + entry.example() + "\"; matches: " + seen
                + "; mentions: " + resolved.mentions() + "; edges: " + edges);
    }
}
