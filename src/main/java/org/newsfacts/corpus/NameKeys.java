package org.newsfacts.corpus;

import java.util.Arrays;
import java.util.List;
import org.newsfacts.entities.NameFold;

/**
 * The comparable form of a name ({@link NameFold}: "K. Varga" and "K Varga" are one name) and the words of
 * it. Names compare in this form only.
 */
final class NameKeys {
    private NameKeys() {
    }

    /** The folded form, {@link NameFold#fold}: the same as the CLI's name filters use. */
    static String fold(String name) {
        return NameFold.fold(name);
    }

    /** The folded words of a name. */
    static List<String> words(String name) {
        String folded = fold(name);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }

    /** Non-ASCII letters kept, for preferring "Hélène Lefèvre" over "Helene Lefevre" as the display form. */
    static int accents(String name) {
        return (int) name.chars().filter(c -> c > 127 && Character.isLetter(c)).count();
    }
}
