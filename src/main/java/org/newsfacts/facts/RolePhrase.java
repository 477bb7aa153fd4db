package org.newsfacts.facts;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    private static final Set<String> GOVERNMENT = Set.of("minister", "prime", "president", "senator", "governor", "secretary");

    boolean isGovernmentPost() {
        return Arrays.stream(role.toLowerCase().split(" ")).anyMatch(GOVERNMENT::contains);
    }

    /** Every role phrase of the sentence, left to right. */
    static List<RolePhrase> findAll(SentenceView view, Lexicons lexicons) {
        List<String[]> phrases = lexicons.leadershipRoles().keySet().stream()
                .map(p -> p.split(" ")).sorted(Comparator.comparingInt((String[] p) -> p.length).reversed()).toList();
        java.util.ArrayList<RolePhrase> found = new java.util.ArrayList<>();
        int i = 0;
        while (i < view.size()) {
            Optional<RolePhrase> match = matchAt(view, i, phrases, lexicons);
            if (match.isPresent()) {
                found.add(match.get());
                i = match.get().end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** A lower-case noun or adjective naming a minister's portfolio ("defense", "foreign"). */
    private static boolean isPortfolio(SentenceView view, int i) {
        String word = view.word(i);
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && (view.pos(i).equals("NN") || view.pos(i).equals("JJ"))
                && !NOT_PORTFOLIO.contains(word);
    }

    private static Optional<RolePhrase> matchAt(SentenceView view, int i, List<String[]> phrases, Lexicons lexicons) {
        for (String[] phrase : phrases) {
            boolean ok = i + phrase.length <= view.size();
            for (int k = 0; ok && k < phrase.length; k++) {
                ok = view.lower(i + k).equals(phrase[k]);
            }
            if (ok) {
                int start = i;
                boolean portfolio = Set.of("minister", "secretary").contains(phrase[phrase.length - 1]);
                while (start > 0 && (lexicons.roleModifiers().contains(view.lower(start - 1))
                        || (portfolio && isPortfolio(view, start - 1)))) {
                    start--; // "deputy defense minister", "foreign secretary"
                }
                String key = String.join(" ", phrase);
                Map<String, String> roles = lexicons.leadershipRoles();
                String canonical = roles.get(key).equals(key) ? view.text(i, i + phrase.length) : roles.get(key);
                String modifiers = start < i ? view.text(start, i).toLowerCase() + " " : "";
                return Optional.of(new RolePhrase(start, i + phrase.length, modifiers + canonical));
            }
        }
        return Optional.empty();
    }
}
