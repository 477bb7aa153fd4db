package org.newsfacts.entities;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one comparable form of a name, used wherever a name typed by a user or found in an article is compared
 * with another: accents stripped, lowercase, apostrophes joined, other punctuation as spaces. So "K. Varga"
 * and "K Varga" are one name, and "Hélène Lefèvre" and "Helene Lefevre" too, in every command alike.
 */
public final class NameFold {
    private NameFold() {
    }

    /** The folded form: {@code "López-Alegría, M."} → {@code "lopez alegria m"}. */
    public static String fold(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        // a possessive or apostrophe joins ("O'Hara" = "OHara"); other punctuation separates words
        String joined = ascii.toLowerCase(Locale.ROOT).replaceAll("['’`]", "");
        return joined.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
