package org.newsfacts.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The search benchmark's queries, by kind: single terms, phrases taken from indexed texts, and boolean
 * combinations. Term ranks are drawn log-uniformly, so very common, middling and rare words all appear.
 */
public final class BenchQueries {
    private final SyntheticArticleGenerator words;
    private final Random random;

    public BenchQueries(SyntheticArticleGenerator words, long seed) {
        this.words = words;
        this.random = new Random(seed);
    }

    /** {@code perKind} queries of each kind, keyed "term", "phrase", "boolean". */
    public Map<String, List<String>> make(int perKind, List<String> sampleTexts) {
        Map<String, List<String>> queries = new LinkedHashMap<>();
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> booleans = new ArrayList<>();
        for (int i = 0; i < perKind; i++) {
            terms.add(term());
            phrases.add(phrase(sampleTexts.get(random.nextInt(sampleTexts.size()))));
            booleans.add(switch (i % 4) {
                case 0 -> term() + " AND " + term();
                case 1 -> term() + " OR " + term();
                case 2 -> term() + " AND NOT " + term();
                default -> "(" + term() + " OR " + term() + ") AND " + term();
            });
        }
        queries.put("term", terms);
        queries.put("phrase", phrases);
        queries.put("boolean", booleans);
        return queries;
    }

    private String term() {
        int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(words.vocabularySize()))) - 1;
        return words.word(Math.max(0, Math.min(rank, words.vocabularySize() - 1)));
    }

    /** Two or three neighbouring words of one sentence of {@code text}. */
    private String phrase(String text) {
        String[] sentences = text.split("[.,]\\s*");
        for (int attempt = 0; attempt < 20; attempt++) {
            String[] tokens = sentences[random.nextInt(sentences.length)].strip().split("\\s+");
            int length = 2 + random.nextInt(2);
            if (tokens.length >= length) {
                int start = random.nextInt(tokens.length - length + 1);
                return "\"" + String.join(" ", Arrays.copyOfRange(tokens, start, start + length)) + "\"";
            }
        }
        return "\"" + term() + " " + term() + "\"";
    }
}
