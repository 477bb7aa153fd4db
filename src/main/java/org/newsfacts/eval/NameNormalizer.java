package org.newsfacts.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Folds a slot value to the comparable form of {@code score-facts.py}'s {@code norm()}: accents stripped,
 * lowercase, possessive {@code 's} joined, punctuation to spaces, known aliases mapped to one name. Every
 * step follows Python's Unicode rules, because a single differing character flips a match.
 */
final class NameNormalizer {
    /** The reference scorer's alias table, verbatim; keys are already in normalized form. */
    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("iss", "international space station"),
            Map.entry("the international space station", "international space station"),
            Map.entry("space station", "international space station"),
            Map.entry("the space station", "international space station"),
            Map.entry("roskosmos", "roscosmos"), Map.entry("roskomos", "roscosmos"),
            Map.entry("russian space agency", "roscosmos"), Map.entry("state space corporation roscosmos", "roscosmos"),
            Map.entry("esa", "european space agency"), Map.entry("jaxa", "japan aerospace exploration agency"),
            Map.entry("cnsa", "china national space administration"),
            Map.entry("isro", "indian space research organisation"),
            Map.entry("indian space research organization", "indian space research organisation"),
            Map.entry("national aeronautics and space administration", "nasa"), Map.entry("dragon", "crew dragon"),
            Map.entry("spacex crew dragon", "crew dragon"), Map.entry("spacex dragon", "crew dragon"),
            Map.entry("cst100 starliner", "starliner"), Map.entry("boeing starliner", "starliner"),
            Map.entry("cst 100 starliner", "starliner"), Map.entry("soyuz spacecraft", "soyuz"),
            Map.entry("baikonur", "baikonur cosmodrome"), Map.entry("kennedy", "kennedy space center"),
            Map.entry("nasas kennedy space center", "kennedy space center"),
            Map.entry("united states", "us"), Map.entry("usa", "us"), Map.entry("united states of america", "us"),
            Map.entry("america", "us"));
    private static final Set<String> ALIAS_TARGETS = Set.copyOf(ALIASES.values());
    /** U+0345 has the highest canonical combining class (240); NFD moves any lower non-zero class before it. */
    private static final String YPOGEGRAMMENI = "\u0345";

    private NameNormalizer() {
    }

    /** The normalized form of {@code str(v)}; empty for null. */
    static String norm(Object v) {
        if (v == null) {
            return "";
        }
        String s = Normalizer.normalize(PythonValues.str(v), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(cp -> !isCombining(cp)).forEach(kept::appendCodePoint);
        s = PythonValues.subPossessives("s", kept.toString().toLowerCase(Locale.ROOT));
        StringBuilder words = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> words.appendCodePoint(PythonValues.isWordChar(cp) && cp != '_' ? cp : ' '));
        s = String.join(" ", words.toString().trim().split(" +"));
        if (s.startsWith("the ") && ALIAS_TARGETS.contains(s.substring(4))) {
            s = s.substring(4);
        }
        return ALIASES.getOrDefault(s, s);
    }

    /** Equal after {@link #norm}, or two names of two or more tokens sharing first and last token. */
    static boolean same(Object a, Object b) {
        String na = norm(a);
        String nb = norm(b);
        if (na.isEmpty() || nb.isEmpty()) {
            return false;
        }
        if (na.equals(nb)) {
            return true;
        }
        List<String> ta = List.of(na.split(" "));
        List<String> tb = List.of(nb.split(" "));
        return ta.size() >= 2 && tb.size() >= 2 && ta.get(0).equals(tb.get(0))
                && ta.get(ta.size() - 1).equals(tb.get(tb.size() - 1));
    }

    /**
     * Python's {@code unicodedata.combining(c) != 0}. Java has no combining-class API, so this asks the
     * normalizer: a mark with a non-zero class is reordered in front of U+0345, a class-0 mark is not.
     * Exact for every character an NFKD result can contain.
     */
    static boolean isCombining(int cp) {
        int type = Character.getType(cp);
        if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK) {
            return false;
        }
        String mark = Character.toString(cp);
        if (mark.equals(YPOGEGRAMMENI)) {
            return true;
        }
        return Normalizer.normalize("a" + YPOGEGRAMMENI + mark, Normalizer.Form.NFD).equals("a" + mark + YPOGEGRAMMENI);
    }
}
