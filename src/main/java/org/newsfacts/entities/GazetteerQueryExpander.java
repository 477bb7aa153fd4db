package org.newsfacts.entities;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites a user's search query so that a gazetteer name matches every spelling of it: "Roskosmos"
 * becomes {@code (Roskosmos OR "Roscosmos")}. Only bare words outside quotes and field prefixes are
 * touched; the rest of the query syntax passes through unchanged.
 */
public final class GazetteerQueryExpander {
    private static final Pattern BARE_WORD = Pattern.compile("(?<![\\w:\"*?~])([\\p{L}][\\p{L}\\p{N}-]*)(?![\\w:*?~])");

    private final Gazetteer gazetteer;

    public GazetteerQueryExpander(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public String expand(String query) {
        StringBuilder out = new StringBuilder();
        int quotes = 0;
        int last = 0;
        Matcher m = BARE_WORD.matcher(query);
        while (m.find()) {
            quotes += count(query.substring(last, m.start()), '"');
            out.append(query, last, m.start());
            String word = m.group(1);
            String canonical = quotes % 2 == 0 && !isOperator(word)
                    ? gazetteer.lookup(word).map(GazetteerEntry::canonical).orElse(null) : null;
            if (canonical != null && !canonical.equalsIgnoreCase(word)) {
                out.append('(').append(word).append(" OR \"").append(canonical).append("\")");
            } else {
                out.append(word);
            }
            last = m.end();
        }
        return out.append(query.substring(last)).toString();
    }

    private static boolean isOperator(String word) {
        return word.equals("AND") || word.equals("OR") || word.equals("NOT") || word.equals("TO");
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }
}
