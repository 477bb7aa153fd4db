package org.newsfacts.entities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The one comparable form of a name, used wherever a name typed by a user or found in an article is compared
 * with another: accents stripped, lowercase, apostrophes joined, other punctuation as spaces. So "K. Varga"
 * and "K Varga" are one name, and "Hélène Lefèvre" and "Helene Lefevre" too, in every command alike.
 */
public final class NameFold {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameFold() {
    }

    /** The folded form: {@code "López-Alegría, M."} → {@code "lopez alegria m"}. */
    public static String fold(String name) {
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        // a possessive or apostrophe joins ("O'Hara" = "OHara"); other punctuation separates words
        String joined = APOSTROPHES.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        return NON_WORD.matcher(joined).replaceAll(" ").trim();
    }
}
