package org.newsfacts.nlp;

import java.util.Optional;

/**
 * Finds text that is not prose: a stretch longer than the limit without a sentence end (a table flattened
 * into one line, a log, a dump). CoreNLP would make one "sentence" of it; tagging it is capped by
 * {@code pos.maxlen}/{@code ner.maxlen}, but tokens, entity and fact rules on a sentence of hundreds of
 * thousands of tokens still cost tens of seconds and a gigabyte while finding nothing. One linear scan
 * decides before CoreNLP runs.
 */
final class RunOnTextDetector {
    private final int maxRunChars;

    RunOnTextDetector(int maxRunChars) {
        this.maxRunChars = maxRunChars;
    }

    /** Why {@code text} is not given to CoreNLP, or empty when every run between sentence ends is within the limit. */
    Optional<String> describe(String text) {
        int longest = longestRun(text);
        if (longest <= maxRunChars) {
            return Optional.empty();
        }
        return Optional.of("not prose: " + longest + " characters without a sentence end (limit " + maxRunChars + ")");
    }

    /**
     * The most characters between two sentence ends, as CoreNLP's splitter roughly sees them: {@code . ! ?}
     * (and their CJK forms, and the ellipsis) not followed by a letter or digit, so "3.5" and "U.S.A" run on;
     * or a blank line, since {@code ssplit.newlineIsSentenceBreak=two}.
     */
    static int longestRun(String text) {
        int longest = 0;
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            if (endsSentence(text, i)) {
                longest = Math.max(longest, i - start);
                start = i + 1;
            }
        }
        return Math.max(longest, length - start);
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n') {
            int next = i + 1;
            while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t' || text.charAt(next) == '\r')) {
                next++;
            }
            return next < text.length() && text.charAt(next) == '\n';
        }
        if (c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F') {
            return i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
        }
        return false;
    }
}
