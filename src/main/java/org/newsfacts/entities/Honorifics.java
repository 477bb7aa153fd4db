package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfacts.model.ModelFile;
import org.newsfacts.model.Token;

/**
 * The honorifics and ranks of {@code models/lexicons/honorifics.txt}, which FACTS-SCHEMA 1.1 keeps out of
 * person names. Generic NER often tags "Tan Sri Olga Varga" or "Col. Olga Varga" whole, or only part of a
 * two-word title ("Sri Olga Varga" after "Tan"); {@link #nameStart} finds where the name itself begins.
 */
public final class Honorifics {
    public static final String RESOURCE = "/models/lexicons/honorifics.txt";
    private static final Honorifics BUNDLED = parse(ModelFile.read(RESOURCE));

    /** Entries as words without a trailing full stop, longest first. */
    private final List<List<String>> entries;

    Honorifics(List<List<String>> entries) {
        this.entries = entries.stream().sorted(Comparator.comparingInt(e -> -e.size())).map(List::copyOf).toList();
    }

    /** The lexicon shipped in {@code models/}, read once per process. */
    public static Honorifics bundled() {
        return BUNDLED;
    }

    /** Parses the lexicon; a duplicate entry is a {@code file:line} error. */
    static Honorifics parse(ModelFile file) {
        List<List<String>> entries = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        for (ModelFile.Line line : file.lines()) {
            List<String> words = List.of(line.text().strip().split("\\s+")).stream().map(Honorifics::bare).toList();
            if (!seen.add(words)) {
                throw file.error(line, "duplicate entry '" + line.text().strip() + "'");
            }
            entries.add(words);
        }
        return new Honorifics(entries);
    }

    /**
     * The first token of the name in the person span {@code [start, end)}: past every honorific that begins
     * in the span or straddles its start. Returns {@code start} when there is none, and never {@code end}:
     * a span made only of a title ("General") is left for the caller to judge.
     */
    int nameStart(List<Token> tokens, int start, int end) {
        int at = start;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (List<String> entry : entries) {
                for (int before = 0; before < entry.size() && !stripped; before++) {
                    int from = at - before;
                    int to = from + entry.size();
                    if (from >= 0 && (before == 0 || at == start) && to < end && matches(tokens, from, entry)) {
                        at = to;
                        stripped = true;
                    }
                }
                if (stripped) {
                    break;
                }
            }
        }
        while (at > start && at < end - 1 && !Character.isLetterOrDigit(tokens.get(at).word().charAt(0))) {
            at++; // "Dato ' Olga Varga" when the tokenizer splits the apostrophe off the title
        }
        return at;
    }

    private static boolean matches(List<Token> tokens, int from, List<String> entry) {
        for (int i = 0; i < entry.size(); i++) {
            if (!bare(tokens.get(from + i).word()).equals(entry.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Dr." and "Dr" are one title; "Dato'" keeps its apostrophe. */
    private static String bare(String word) {
        return word.length() > 1 && word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    }
}
