package org.newsfacts.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.model.ModelFile;

/**
 * Whether a sentence may hold a date or time expression, decided from its words and its statistical NER tags
 * before SUTime runs: SUTime's rules cost more than all other tagging together and find nothing in most
 * sentences of a news article. A sentence may hold one if a token holds a digit, if a token or a hyphen-joined
 * part of it ("mid-October") is a time word of {@code models/time-words.txt} (by word or lemma, lower-cased,
 * a final period dropped, so "Sept." and "weeks" count), or if the statistical NER already tagged a token with
 * a class other than person, organisation, location and miscellaneous (its MUC model's dates, times, money and
 * percentages). The test errs towards running SUTime: a sentence wrongly let through costs time, one wrongly
 * kept out would lose a date.
 */
public record TimeCues(Set<String> words) {
    private static final String RESOURCE = "/models/time-words.txt";
    private static final Set<String> NAME_TAGS = Set.of("O", "PERSON", "ORGANIZATION", "LOCATION", "MISC");

    public TimeCues {
        words = Set.copyOf(words);
    }

    /** The list bundled in {@code models/time-words.txt}. */
    public static TimeCues bundled() {
        return read(ModelFile.read(RESOURCE));
    }

    /**
     * The words of {@code file}, one lower-case word a line.
     *
     * @throws IllegalArgumentException naming {@code file:line} for a repeated word, a space in an entry or an
     *                                  upper-case letter (entries are compared lower-cased, so one would never match)
     */
    static TimeCues read(ModelFile file) {
        Set<String> words = new HashSet<>();
        for (ModelFile.Line line : file.lines()) {
            String word = line.text().strip();
            String where = file.resource() + ":" + line.number() + ": ";
            if (word.contains(" ") || word.contains("\t")) {
                throw new IllegalArgumentException(where + "one word a line, not '" + word + "'");
            }
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(where + "entries are lower-case, not '" + word + "'");
            }
            if (!words.add(word)) {
                throw new IllegalArgumentException(where + "'" + word + "' is listed twice");
            }
        }
        return new TimeCues(words);
    }

    /**
     * Whether tokens of these words, lemmas and NER tags may hold a time expression. The three lists are
     * parallel; a null lemma or tag (not yet tagged) counts as none.
     */
    public boolean mayHoldTime(List<String> tokenWords, List<String> lemmas, List<String> nerTags) {
        for (int i = 0; i < tokenWords.size(); i++) {
            String tag = nerTags.get(i);
            if (tag != null && !NAME_TAGS.contains(tag)) {
                return true;
            }
            String word = tokenWords.get(i);
            if (hasDigit(word) || isTimeWord(word) || isTimeWord(lemmas.get(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean isTimeWord(String token) {
        if (token == null || token.isEmpty()) {
            return false;
        }
        String word = token.toLowerCase(Locale.ROOT);
        if (word.endsWith(".")) {
            word = word.substring(0, word.length() - 1);
        }
        if (words.contains(word)) {
            return true;
        }
        if (word.indexOf('-') > 0) {
            for (String part : word.split("-")) {
                if (words.contains(part)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
