package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceBreakIteratorTest {
    private static List<Integer> boundaries(String text) {
        SentenceBreakIterator breaks = new SentenceBreakIterator();
        breaks.setText(text);
        List<Integer> all = new ArrayList<>();
        for (int b = breaks.first(); b != BreakIterator.DONE; b = breaks.next()) {
            all.add(b);
        }
        return all;
    }

    @Test
    void breaksAfterTerminatorsAndLineBreaksBeforeTheNextSentence() {
        String text = "The crew launched. \"It went well!\" she said? No.\n\nA new paragraph\nwithout a full stop";
        assertEquals(List.of(0, 19, 45, 50, 66, text.length()), boundaries(text));
    }

    @Test
    void doesNotBreakBeforeALowercaseWordOrInsideANumber() {
        assertEquals(List.of(0, 28), boundaries("It cost 2.5 million, e.g. so"));
    }

    @Test
    void closingQuotesStayWithTheirSentence() {
        String text = "He said \u201cgo.\u201d Then left.";
        assertEquals(List.of(0, 14, text.length()), boundaries(text));
    }

    @Test
    void followingAndPrecedingAnswerLikeTheJdkIterator() {
        String text = "One two. Three four. Five.";
        SentenceBreakIterator breaks = new SentenceBreakIterator();
        breaks.setText(text);
        assertEquals(9, breaks.following(0));
        assertEquals(9, breaks.following(5));
        assertEquals(21, breaks.following(9));
        assertEquals(BreakIterator.DONE, breaks.following(text.length()));
        assertEquals(9, breaks.preceding(10));
        assertEquals(0, breaks.preceding(9));
        assertEquals(BreakIterator.DONE, breaks.preceding(0));
        assertTrue(breaks.isBoundary(21));
        assertFalse(breaks.isBoundary(22));
        assertEquals(text.length(), breaks.last());
        assertEquals(21, breaks.previous());
    }

    @Test
    void emptyTextHasOneBoundary() {
        assertEquals(List.of(0), boundaries(""));
    }
}
