package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A post named in a sentence ("acting administrator", "director general", "CEO"), with its token span.
 * Found by longest match against the roles lexicon, with modifiers such as "acting" or "deputy" kept.
 */
record RolePhrase(int start, int end, String role) {

    private static final Set<String> NOT_PORTFOLIO = Set.of("new", "former", "next", "first", "current", "previous",
            "incoming", "outgoing", "longtime", "then", "top", "senior");
    /**
     * The canonical form in the roles lexicon of an occupation that contains a post word but is no post
     * ("film director"): its words are no role phrase, and no shorter post inside them is one either.
     */
    static final String NOT_A_POST = "!";

    /** Every role phrase of the sentence, left to right (occupations marked {@link #NOT_A_POST} left out). */
    static List<RolePhrase> findAll(SentenceView view, Lexicons lexicons) {
        List<String[]> phrases = lexicons.leadershipRoles().keySet().stream()
                .map(p -> p.split(" ")).sorted(Comparator.comparingInt((String[] p) -> p.length).reversed()).toList();
        ArrayList<RolePhrase> found = new ArrayList<>();
        int i = 0;
        while (i < view.size()) {
            Optional<RolePhrase> match = matchAt(view, i, phrases, lexicons);
            if (match.isPresent()) {
                if (!match.get().role().equals(NOT_A_POST)) {
                    found.add(match.get());
                }
                i = match.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** "assistant to the chief", "the office of the president": the post word only qualifies another noun. */
    private static boolean modifiesAnotherNoun(SentenceView view, int i) {
        return view.lower(i - 1).equals("the") && Set.of("to", "of", "for").contains(view.lower(i - 2))
                && view.pos(i - 3).startsWith("NN") && Character.isLowerCase(view.word(i - 3).charAt(0));
    }

    /** A lower-case noun or adjective naming a minister's portfolio ("defense", "foreign"). */
    private static boolean isPortfolio(SentenceView view, int i) {
        String word = view.word(i);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && (view.pos(i).equals("NN") || view.pos(i).equals("JJ"))
                && !NOT_PORTFOLIO.contains(word);
    }

    /**
     * A capitalised noun before a capitalised "Minister" or "Secretary" ("Finance Minister", "Commerce
     * Secretary"), when it names no entity, country or nationality.
     */
    private static boolean isTitleCasePortfolio(SentenceView view, int i, Lexicons lexicons) {
        String word = view.word(i);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && (view.pos(i).equals("NN") || view.pos(i).equals("NNP"))
                && view.mentionAt(i).isEmpty() && !lexicons.nationalityAgency().containsKey(word)
                && !lexicons.countries().containsKey(word) && !NOT_PORTFOLIO.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The end of a portfolio after a post: "for" and nouns ("associate administrator for science", "Minister for
     * Trade and Industry"), or for a minister or secretary "of" and capitalised words ("Secretary of Energy");
     * {@code from} when none follows. Names of organisations or places are not portfolios.
     */
    private static int portfolioAfter(SentenceView view, int from, boolean minister) {
        boolean forNouns = view.lower(from).equals("for");
        if (!forNouns && !(minister && view.lower(from).equals("of"))) {
            return from;
        }
        int end = from;
        for (int k = from + 1; k < view.size() && view.mentionAt(k).isEmpty(); k++) {
            boolean capitalised = view.pos(k).startsWith("NNP") && Character.isUpperCase(view.word(k).charAt(0));
            if (capitalised || (forNouns && view.pos(k).startsWith("NN"))) {
                end = k + 1;
            } else if (!Set.of("and", ",").contains(view.lower(k)) || end != k) {
                break;
            }
        }
        return end;
    }

    private static Optional<RolePhrase> matchAt(SentenceView view, int i, List<String[]> phrases, Lexicons lexicons) {
        for (String[] phrase : phrases) {
            boolean ok = i + phrase.length <= view.size();
            for (int k = 0; ok && k < phrase.length; k++) {
                ok = view.lower(i + k).equals(phrase[k]) || (k == phrase.length - 1 && view.lower(i + k).equals(phrase[k] + "s"));
            }
            if (ok && !modifiesAnotherNoun(view, i)) {
                int start = i;
                boolean portfolio = Set.of("minister", "secretary").contains(phrase[phrase.length - 1]);
                boolean titleCase = Character.isUpperCase(view.word(i).charAt(0));
                boolean keepCase = false; // "Finance Minister" keeps its capitals
                while (start > 0 && (lexicons.roleModifiers().contains(view.lower(start - 1))
                        || (portfolio && isPortfolio(view, start - 1))
                        || (portfolio && titleCase && isTitleCasePortfolio(view, start - 1, lexicons)))) {
                    keepCase |= portfolio && titleCase && isTitleCasePortfolio(view, start - 1, lexicons);
                    start--; // "deputy defense minister", "foreign secretary"
                }
                String key = String.join(" ", phrase);
                Map<String, String> roles = lexicons.leadershipRoles();
                String written = view.text(i, i + phrase.length);
                String singular = view.lower(i + phrase.length - 1).equals(phrase[phrase.length - 1]) ? written
                        : written.substring(0, written.length() - 1); // "deputy governors" names the post "deputy governor"
                if (roles.get(key).equals(NOT_A_POST)) {
                    return Optional.of(new RolePhrase(i, i + phrase.length, NOT_A_POST));
                }
                String canonical = roles.get(key).equals(key) ? singular : roles.get(key);
                String before = start < i ? view.text(start, i) : "";
                String modifiers = start < i ? (keepCase ? before : before.toLowerCase(Locale.ROOT)) + " " : "";
                int end = portfolioAfter(view, i + phrase.length, portfolio);
                String portfolioName = end > i + phrase.length ? " " + view.text(i + phrase.length, end) : "";
                return Optional.of(new RolePhrase(start, end, modifiers + canonical + portfolioName));
            }
        }
        return Optional.empty();
    }
}
