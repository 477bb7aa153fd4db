package org.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ModelFile;

class TimeCuesTest {
    private static final TimeCues CUES = TimeCues.bundled();

    /** Words as tokens, each its own lemma, untagged. */
    private static boolean mayHoldTime(String sentence) {
        List<String> words = Arrays.asList(sentence.split(" "));
        return CUES.mayHoldTime(words, words, Collections.nCopies(words.size(), "O"));
    }

    @Test
    void calendarNamesUnitsAndDigitsLetASentenceThrough() {
        assertTrue(mayHoldTime("The capsule docks on Thursday ."));
        assertTrue(mayHoldTime("Training resumes in mid-October ."), "a hyphen-joined part");
        assertTrue(mayHoldTime("The launch slipped to Sept. after a review ."), "an abbreviation with its period");
        assertTrue(mayHoldTime("The crew of 4 trained together ."), "a digit");
        assertTrue(mayHoldTime("She was chief at the time ."));
        assertTrue(mayHoldTime("He will return to the agency tomorrow ."));
    }

    @Test
    void aLemmaCountsSoPluralsNeedNoEntry() {
        List<String> words = List.of("They", "trained", "for", "weeks", ".");
        List<String> lemmas = List.of("they", "train", "for", "week", ".");
        assertTrue(CUES.mayHoldTime(words, lemmas, Collections.nCopies(5, "O")));
    }

    @Test
    void aStatisticalDateOrMoneyTagLetsASentenceThroughWhateverItsWords() {
        List<String> words = List.of("The", "budget", "rose", "sharply", ".");
        List<String> tags = new ArrayList<>(Collections.nCopies(5, "O"));
        assertFalse(CUES.mayHoldTime(words, words, tags));
        tags.set(1, "MONEY");
        assertTrue(CUES.mayHoldTime(words, words, tags));
        tags.set(1, "PERSON");
        assertFalse(CUES.mayHoldTime(words, words, tags), "names are not times");
    }

    @Test
    void sentencesOfNamesAndPlainWordsAreKeptOut() {
        assertFalse(mayHoldTime("Olga Varga praised the engineers of the Freedonian Space Agency ."));
        assertFalse(mayHoldTime("The two agencies signed an accord on lunar science ."), "a number word alone is no time");
    }

    @Test
    void theListLoadsWithValidation() {
        assertEquals(Collections.emptySet(), TimeCues.read(ModelFile.of("t.txt", "# only a comment\n")).words());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> TimeCues.read(ModelFile.of("t.txt", "week\nmonth\nweek\n")));
        assertEquals("t.txt:3: 'week' is listed twice", twice.getMessage());
        IllegalArgumentException upper = assertThrows(IllegalArgumentException.class,
                () -> TimeCues.read(ModelFile.of("t.txt", "Monday\n")));
        assertEquals("t.txt:1: entries are lower-case, not 'Monday'", upper.getMessage());
        IllegalArgumentException phrase = assertThrows(IllegalArgumentException.class,
                () -> TimeCues.read(ModelFile.of("t.txt", "new year\n")));
        assertEquals("t.txt:1: one word a line, not 'new year'", phrase.getMessage());
    }
}
