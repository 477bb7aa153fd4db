package org.newsfacts.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/** Year of a month or day written without one, from the tense of the verb before it (sentences of our own). */
class TenseYearResolverTest {
    private static final TenseYearResolver RESOLVER = new TenseYearResolver();

    /** "word/POS" pairs separated by spaces. */
    private static Sentence tagged(String text) {
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String pair : text.split(" ")) {
            String word = pair.substring(0, pair.lastIndexOf('/'));
            tokens.add(new Token(word, word.toLowerCase(), pair.substring(pair.lastIndexOf('/') + 1), "O", at, at + word.length()));
            at += word.length() + 1;
        }
        return new Sentence(0, 0, at, text, tokens, List.of(), List.of());
    }

    @Test
    void pastVerbMovesADateAfterTheArticleBackAYear() {
        Sentence s = tagged("She/PRP became/VBD director/NN on/IN July/NNP 1/CD");
        assertEquals("2030-07-01", RESOLVER.resolve(s, 4, "July 1", "2031-07-01", "2031-01-10"));
    }

    @Test
    void futureVerbMovesADateBeforeTheArticleForwardAYear() {
        Sentence s = tagged("The/DT crew/NN ,/, launching/VBG in/IN November/NNP");
        assertEquals("2031-11", RESOLVER.resolve(s, 5, "November", "2030-11", "2031-01-10"));
        Sentence will = tagged("It/PRP will/MD fly/VB in/IN March/NNP");
        assertEquals("2032-03", RESOLVER.resolve(will, 4, "March", "2031-03", "2031-06-10"));
        Sentence passive = tagged("It/PRP is/VBZ expected/VBN to/TO be/VB sent/VBN no/DT earlier/RBR than/IN August/NNP 25th/JJ");
        assertEquals("2031-08-25", RESOLVER.resolve(passive, 9, "August 25th", "2031-08-25", "2031-08-04"));
    }

    /** "effective April 1" is when a decision takes effect: the April nearest the article, whatever the verb's tense. */
    @Test
    void anEffectiveDateIsTheOneNearestTheArticle() {
        Sentence s = tagged("The/DT bank/NN appointed/VBD her/PRP governor/NN ,/, effective/JJ April/NNP 1/CD");
        assertEquals("2031-04-01", RESOLVER.resolve(s, 7, "April 1", "2031-04-01", "2031-03-10"), "three weeks on");
        assertEquals("2031-04-01", RESOLVER.resolve(s, 7, "April 1", "2031-04-01", "2031-06-20"), "two months back");
        assertEquals("2032-04-01", RESOLVER.resolve(s, 7, "April 1", "2031-04-01", "2031-12-02"), "next spring");
        Sentence from = tagged("He/PRP was/VBD named/VBN chief/NN effective/JJ from/IN January/NNP");
        assertEquals("2032-01", RESOLVER.resolve(from, 6, "January", "2031-01", "2031-11-28"));
        Sentence leap = tagged("The/DT merger/NN took/VBD effect/NN ,/, effective/JJ February/NNP 29/CD");
        assertEquals("2032-02-29", RESOLVER.resolve(leap, 6, "February 29", "2032-02-29", "2031-03-10"),
                "the only one of the three years that has the day");
    }

    @Test
    void anInfinitiveLooksForward() {
        Sentence s = tagged("The/DT crew/NN is/VBZ scheduled/VBN to/TO launch/VB no/DT earlier/RBR than/IN August/NNP");
        assertEquals("2032-08", RESOLVER.resolve(s, 9, "August", "2031-08", "2032-01-20"));
    }

    @Test
    void aParticipleNamingTheNounBeforeItDoesNotSetTheTense() {
        Sentence s = tagged("A/DT rocket/NN will/MD launch/VB a/DT capsule/NN named/VBN Osprey/NNP in/IN August/NNP");
        assertEquals("2031-08", RESOLVER.resolve(s, 9, "August", "2031-08", "2031-06-17"));
        Sentence reduced = tagged("The/DT probe/NN launched/VBN in/IN March/NNP");
        assertEquals("2030-03", RESOLVER.resolve(reduced, 4, "March", "2031-03", "2031-01-10"));
    }

    @Test
    void aWeekdayKeepsTheDaySUTimePicked() {
        Sentence s = tagged("The/DT crew/NN lifted/VBD off/RP Friday/NNP morning/NN");
        assertEquals("2031-04-25", RESOLVER.resolve(s, 4, "Friday morning", "2031-04-25", "2031-04-24"));
    }

    @Test
    void writtenYearsRelativeWordsAndUnclearTenseLeaveTheValue() {
        Sentence s = tagged("She/PRP became/VBD director/NN in/IN July/NNP 2031/CD");
        assertEquals("2031-07", RESOLVER.resolve(s, 4, "July 2031", "2031-07", "2031-01-10"));
        Sentence last = tagged("It/PRP flew/VBD last/JJ November/NNP");
        assertEquals("2031-11", RESOLVER.resolve(last, 3, "November", "2031-11", "2031-01-10"));
        Sentence none = tagged("In/IN March/NNP ,/, the/DT board/NN");
        assertEquals("2032-03", RESOLVER.resolve(none, 1, "March", "2032-03", "2031-09-01"));
    }
}
