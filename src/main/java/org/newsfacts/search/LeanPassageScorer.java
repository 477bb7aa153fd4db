package org.newsfacts.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage scoring (BM25 over the passage, {@link PassageScorer}'s defaults), the same score to the bit,
 * without its per-passage cost: Lucene 9.12 groups a passage's matched terms in a new {@code BytesRefHash}, whose
 * first 32 KB block is allocated and zeroed for every candidate passage of every hit. Under load that was a third
 * of everything the server allocated. A passage holds few matches, so a scan of the ones before finds a repeated
 * term as well (a map takes over for passages with many). Distinct terms are summed in order of first match,
 * as Lucene does, so the double sum, and the float it ends in, are unchanged.
 */
final class LeanPassageScorer extends PassageScorer {
    /** Up to this many matches a linear scan finds repeats; above, a map. */
    private static final int SCAN = 32;

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] firstMatch = new int[matches]; // per distinct term, in order of first match: where it first matched
        int[] inPassage = new int[matches];
        int distinct = 0;
        Map<BytesRef, Integer> seen = matches > SCAN ? new HashMap<>() : null;
        for (int i = 0; i < matches; i++) {
            int index = seen != null ? seen.getOrDefault(terms[i], -1) : scan(terms, firstMatch, distinct, terms[i]);
            if (index < 0) {
                index = distinct++;
                firstMatch[index] = i;
                if (seen != null) {
                    seen.put(terms[i], index);
                }
            }
            inPassage[index]++;
        }
        double score = 0;
        for (int t = 0; t < distinct; t++) {
            score += tf(inPassage[t], passage.getLength()) * weight(contentLength, freqsInDoc[firstMatch[t]]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    /** The index of {@code term} among the distinct terms so far, or -1. */
    private static int scan(BytesRef[] terms, int[] firstMatch, int distinct, BytesRef term) {
        for (int t = 0; t < distinct; t++) {
            if (terms[firstMatch[t]].bytesEquals(term)) {
                return t;
            }
        }
        return -1;
    }
}
