package org.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Articles;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.model.Article;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Timex;
import org.newsfacts.model.Token;

/**
 * SUTime runs only on the sentences {@link TimeCues} lets through. Every sentence it keeps out of the test
 * articles and of invented ones is given to SUTime here all the same (a classifier of its own, with the
 * pipeline's settings): none may hold a date or time it would have found.
 */
@Tag("models") // loads CoreNLP
class TimeRoutingTest {
    private static final String DATE = "2031-03-12";

    /** Sentences written for this test: time words in unusual places, and sentences with none. */
    private static final String INVENTED = String.join("\n\n",
            "The board met at the time the budget was drafted.",
            "Olga Varga praised the engineers of the Freedonian Space Agency.",
            "Crews rotate twice a year, and the station was quiet overnight.",
            "The agency has grown since the nineties; its first director retired last fall.",
            "Ivo Petrak, a former test pilot, will lead the new directorate.",
            "The two agencies signed an accord on lunar science and robotic landers.",
            "Training resumes on October 3, 2031, three weeks after the mid-year review.",
            "Nobody at the agency expected the reshuffle.");

    private static List<Sentence> annotate(Article article) {
        return CoreNlpAnnotator.shared(NlpConfig.defaults(), false).annotate(article);
    }

    private static List<Article> testArticles() throws IOException {
        ArticleFileReader reader = new ArticleFileReader(IngestConfig.defaults());
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/articles"))) {
            for (Path file : files.sorted().toList()) {
                for (Ingested read : reader.read(file)) {
                    if (read instanceof Ingested.Read r) {
                        articles.add(r.article());
                    }
                }
            }
        }
        articles.add(Articles.create("invented.txt", "Invented", DATE, null, INVENTED));
        return articles;
    }

    private static boolean keptOut(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        return !TimeCues.bundled().mayHoldTime(tokens.stream().map(Token::word).toList(),
                tokens.stream().map(Token::lemma).toList(), tokens.stream().map(Token::ner).toList());
    }

    /** The DATE and TIME tokens SUTime finds in {@code sentence}, run on it alone. */
    private static List<String> sutimeFinds(NumberSequenceClassifier sutime, Sentence sentence, String date) {
        List<CoreLabel> labels = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            CoreLabel label = new CoreLabel();
            label.setWord(token.word());
            label.setValue(token.word());
            label.setOriginalText(token.word());
            label.setTag(token.pos());
            label.setLemma(token.lemma());
            label.setBeginPosition(token.start());
            label.setEndPosition(token.end());
            labels.add(label);
        }
        Annotation document = new Annotation(sentence.text());
        if (date != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, date);
        }
        sutime.classifyWithGlobalInformation(labels, document, null);
        return labels.stream()
                .filter(l -> List.of("DATE", "TIME").contains(l.get(CoreAnnotations.AnswerAnnotation.class)))
                .map(CoreLabel::word).toList();
    }

    @Test
    void noSentenceKeptOutHoldsATimeSutimeWouldFind() throws IOException {
        NumberSequenceClassifier sutime = new NumberSequenceClassifier(new Properties(), true,
                TimeRoutedNerAnnotator.numericProperties(CoreNlpProperties.from(NlpConfig.defaults())));
        int checked = 0;
        List<String> missed = new ArrayList<>();
        for (Article article : testArticles()) {
            for (Sentence sentence : annotate(article)) {
                if (keptOut(sentence)) {
                    checked++;
                    List<String> found = sutimeFinds(sutime, sentence, article.date());
                    if (!found.isEmpty()) {
                        missed.add(found + " in: " + sentence.text());
                    }
                }
            }
        }
        assertTrue(checked >= 10, "the check covers many sentences, not a handful: " + checked);
        assertEquals(List.of(), missed);
    }

    @Test
    void sentencesLetThroughAreDatedAsBefore() {
        List<Sentence> sentences = annotate(Articles.create("t.txt", "t", DATE, null, INVENTED));
        List<String> values = sentences.stream().flatMap(s -> s.timexes().stream()).map(Timex::value).toList();
        assertTrue(values.contains("PAST_REF"), "'at the time': " + values);
        assertTrue(values.contains("2031-10-03"), "'October 3' in a March article: " + values);
        assertTrue(values.contains("2030-FA"), "'last fall': " + values);
    }
}
