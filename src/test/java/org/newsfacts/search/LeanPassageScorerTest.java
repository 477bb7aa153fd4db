package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean scorer gives every passage Lucene's score to the bit, so the same snippets are chosen. */
class LeanPassageScorerTest {
    private static final String[] WORDS = {"orbit", "crew", "launch", "varga", "agency", "dock", "module", "station"};

    @Test
    void scoresEqualLucenesForFewAndManyMatchesWithRepeatedTerms() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            int matches = round % 10 == 0 ? 33 + random.nextInt(60) : random.nextInt(12); // past the scan's 32 too
            int start = random.nextInt(50_000);
            Passage passage = new Passage();
            passage.setStartOffset(start);
            passage.setEndOffset(start + matches * 41 + 300); // matches must fall inside the passage
            int offset = start;
            for (int m = 0; m < matches; m++) {
                int word = random.nextInt(round % 3 == 0 ? 2 : WORDS.length); // often the same term again
                offset += 1 + random.nextInt(40);
                // a fresh BytesRef each time, as offsets enums hand out: equal bytes, not the same object
                passage.addMatch(offset, offset + WORDS[word].length(), new BytesRef(WORDS[word]), 1 + word * 7 + round % 5);
            }
            int contentLength = passage.getEndOffset() + random.nextInt(100_000);
            float expected = lucene.score(passage, contentLength);
            assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(lean.score(passage, contentLength)),
                    "passage " + round + " with " + matches + " matches");
        }
    }
}
