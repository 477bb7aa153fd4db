package org.newsfacts.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds an entity name as {@code score-entities.py}'s {@code fold()} does: accents stripped, lowercase,
 * possessive {@code 's} dropped, punctuation to spaces, a leading "the" dropped. It differs from the fact
 * scorer's {@link NameNormalizer} (which keeps the {@code s} of a possessive and knows aliases), so it is
 * its own small class rather than a flag there.
 */
final class EntityNameFolder {
    private EntityNameFolder() {
    }

    /** The folded form of {@code name}; empty for null. */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !NameNormalizer.isCombining(cp)).forEach(kept::appendCodePoint);
        s = PythonValues.subPossessives("", kept.toString().toLowerCase(Locale.ROOT));
        StringBuilder words = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> words.appendCodePoint(
                (PythonValues.isWordChar(cp) && cp != '_') || cp == ' ' ? cp : ' '));
        s = String.join(" ", words.toString().trim().split("\\s+"));
        return s.startsWith("the ") ? s.substring(4) : s;
    }
}
