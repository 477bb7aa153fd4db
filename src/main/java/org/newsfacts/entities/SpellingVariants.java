package org.newsfacts.entities;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfacts.model.ModelFile;

/**
 * British and American spellings of name words ({@code models/lexicons/spelling-variants.tsv}) and the
 * leading "The" of a name: a known body is found however the article spells it.
 */
final class SpellingVariants {
    static final String RESOURCE = "/models/lexicons/spelling-variants.tsv";
    private static final SpellingVariants BUNDLED = parse(ModelFile.read(RESOURCE));

    /** Each spelling (both directions) to the other one. */
    private final Map<String, String> other;
    /** Lower-case British spelling to lower-case American, for folding. */
    private final Map<String, String> folded = new LinkedHashMap<>();
    /** {@link #folded} as compiled word patterns: folding runs for every name compared, so never compile per call. */
    private final Map<Pattern, String> foldPatterns = new LinkedHashMap<>();
    private final Pattern words;

    private SpellingVariants(Map<String, String> pairs) {
        this.other = new LinkedHashMap<>();
        pairs.forEach((british, american) -> {
            other.put(british, american);
            other.put(american, british);
            folded.put(british.toLowerCase(Locale.ROOT), american.toLowerCase(Locale.ROOT));
            foldPatterns.put(Pattern.compile("\\b" + british.toLowerCase(Locale.ROOT) + "\\b"), american.toLowerCase(Locale.ROOT));
        });
        this.words = Pattern.compile("\\b(" + String.join("|", other.keySet()) + ")\\b");
    }

    static SpellingVariants bundled() {
        return BUNDLED;
    }

    static SpellingVariants parse(ModelFile file) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().split("\t");
            if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
                throw file.error(line, "expected British<TAB>American");
            }
            if (pairs.put(cols[0].strip(), cols[1].strip()) != null) {
                throw file.error(line, "duplicate entry '" + cols[0].strip() + "'");
            }
        }
        return new SpellingVariants(pairs);
    }

    /** {@code form} and its other spellings: every variant word swapped, and without a leading "The ". */
    Set<String> variants(String form) {
        Set<String> out = new LinkedHashSet<>();
        out.add(form);
        Matcher m = words.matcher(form);
        StringBuilder swapped = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(swapped, Matcher.quoteReplacement(other.get(m.group(1))));
        }
        m.appendTail(swapped);
        out.add(swapped.toString());
        for (String s : Set.copyOf(out)) {
            if (s.startsWith("The ") && s.length() > 4) {
                out.add(s.substring(4));
            }
        }
        return out;
    }

    /** A lower-case folded name with British spellings made American and a leading "the " dropped. */
    String fold(String lowerCase) {
        String s = lowerCase.startsWith("the ") ? lowerCase.substring(4) : lowerCase;
        for (Map.Entry<Pattern, String> e : foldPatterns.entrySet()) {
            s = e.getKey().matcher(s).replaceAll(e.getValue());
        }
        return s;
    }
}
