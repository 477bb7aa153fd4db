package org.newsfacts.corpus;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The comparable form of a name: accents stripped, lowercase, punctuation as spaces ("K. Sivan" and
 * "K Sivan" are one name, "Stéphane Israël" and "Stephane Israel" too). Names compare in this form only.
 */
final class NameKeys {
    private NameKeys() {
    }

    /** The folded form: {@code "López-Alegría, M."} → {@code "lopez alegria m"}. */
    static String fold(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // a possessive or apostrophe joins ("O'Hara" = "OHara"); other punctuation separates words
        String joined = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        return joined.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** The folded words of a name. */
    static List<String> words(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Non-ASCII letters kept, for preferring "Stéphane Israël" over "Stephane Israel" as the display form. */
    static int accents(String name) {
        return (int) name.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
    }
}
