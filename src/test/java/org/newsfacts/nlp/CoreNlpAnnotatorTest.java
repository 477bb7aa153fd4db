package org.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Timex;
import org.newsfacts.model.Token;

/** The real CoreNLP pipeline (shared per JVM) on short texts we wrote. */
@Tag("models") // loads CoreNLP
class CoreNlpAnnotatorTest {
    private static List<Sentence> annotate(String date, String text) {
        return CoreNlpAnnotator.shared(NlpConfig.defaults(), false).annotate(Articles.create("t.txt", "t", date, null, text));
    }

    @Test
    void onlySelectedSentencesAreParsedIntoEnhancedEdges() {
        String text = "The weather was mild on Monday. Olga Varga and Ivo Petrak were appointed directors of the Freedonian "
                + "Space Agency by the board.";
        List<Sentence> sentences = CoreNlpAnnotator.shared(NlpConfig.defaults(), false)
                .annotate(Articles.create("t.txt", "t", null, null, text), ParseSelection.of(Set.of("appoint")));
        assertEquals(2, sentences.size());
        assertFalse(sentences.get(0).parsed(), "no listed lemma: not parsed");
        Sentence parsed = sentences.get(1);
        assertTrue(parsed.parsed());
        List<String> edges = parsed.dependencies().stream()
                .map(d -> (d.governor() < 0 ? "ROOT" : parsed.tokens().get(d.governor()).word()) + " -" + d.relation()
                        + "-> " + parsed.tokens().get(d.dependent()).word())
                .toList();
        // enhanced++: the conjoined subject gets its own edge, and prepositions name the relation
        assertTrue(edges.contains("appointed -nsubj:pass-> Varga"), edges.toString());
        assertTrue(edges.contains("appointed -nsubj:pass-> Petrak"), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.matches("directors -nmod:of-> Agency")), edges.toString());
        assertTrue(edges.stream().anyMatch(e -> e.matches("appointed -(obl|nmod):agent-> board")), edges.toString());
    }

    @Test
    void headingStaysApartFromTheParagraphBelowIt() {
        List<Sentence> sentences = annotate(null, "Changes at the top\n\nNASA named a new deputy on Monday.");
        assertEquals(2, sentences.size());
        assertEquals("Changes at the top", sentences.get(0).text());
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDateOnly() {
        String text = "The crew will launch on Friday and return in September.";
        List<String> dated = annotate("2030-07-10", text).get(0).timexes().stream().map(Timex::value).toList();
        assertTrue(dated.contains("2030-07-12"), dated.toString());
        assertTrue(dated.contains("2030-09"), dated.toString());
        List<String> undated = annotate(null, text).get(0).timexes().stream().map(Timex::value).toList();
        assertTrue(undated.contains("XXXX-09"), undated.toString());
    }

    // Issue 15, PERSON row: "Name.Next" with no space after the full stop is split as tokens; the text is untouched.
    @Test
    void missingSpaceAfterAFullStopSplitsTheTokenNotTheText() {
        String text = "The board thanked Olga Varga.Earlier the agency named a deputy.";
        List<Sentence> sentences = annotate(null, text);
        assertEquals(2, sentences.size(), sentences.toString());
        List<Token> first = sentences.get(0).tokens();
        assertEquals(List.of("Varga", "."), first.subList(first.size() - 2, first.size()).stream().map(Token::word).toList());
        assertEquals("Earlier", sentences.get(1).tokens().get(0).word());
        for (Sentence sentence : sentences) {
            for (Token t : sentence.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
            }
        }
        assertTrue(first.stream().anyMatch(t -> t.word().equals("Varga") && t.ner().equals("PERSON")), first.toString());
    }

    @Test
    void languageDetectorTellsEnglishFromOtherLanguages() {
        OpenNlpLanguageDetector detector = new OpenNlpLanguageDetector();
        assertEquals("en", detector.detect("The agency said the crew would launch next week from the coast."));
        assertEquals("es", detector.detect("La agencia espacial dijo que la tripulación despegará la próxima semana."));
        assertEquals(LanguageDetector.UNDETERMINED, detector.detect("ok"));
    }
}
