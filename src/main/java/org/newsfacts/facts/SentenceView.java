package org.newsfacts.facts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Sentence;
import org.newsfacts.model.Token;

/**
 * One sentence as the rules read it: tokens, lemmas and resolved mentions by position. Read-only and
 * cheap to create, so rules may build one per sentence they look at.
 */
final class SentenceView {
    /** Dates a fact may carry: years, months, days, with an unknown year as XXXX. */
    private static final Set<String> MODALS = Set.of("may", "might", "could", "can");
    private static final Pattern FACT_DATE = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");

    private final Sentence sentence;
    private final List<EntityMention> mentions;
    private SentenceGraph graph;

    SentenceView(Sentence sentence, List<EntityMention> mentions) {
        this.sentence = sentence;
        this.mentions = mentions;
    }

    Sentence sentence() {
        return sentence;
    }

    /** The sentence's dependency graph with its mentions, indexed on first use (no edges if it was not parsed). */
    SentenceGraph graph() {
        if (graph == null) {
            graph = new SentenceGraph(sentence, mentions);
        }
        return graph;
    }

    int index() {
        return sentence.index();
    }

    int size() {
        return sentence.tokens().size();
    }

    List<EntityMention> mentions() {
        return mentions;
    }

    List<EntityMention> mentions(EntityType type) {
        return mentions.stream().filter(m -> m.type() == type).toList();
    }

    List<EntityMention> missions() {
        return mentions.stream().filter(m -> m.tag().equals("MISSION")).toList();
    }

    Token token(int i) {
        return sentence.tokens().get(i);
    }

    String word(int i) {
        return i >= 0 && i < size() ? token(i).word() : "";
    }

    /** Lower-cased word with typographic apostrophes made plain, so "’s" reads as "'s". */
    String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    String lemma(int i) {
        if (i < 0 || i >= size()) {
            return "";
        }
        String lemma = token(i).lemma();
        return (lemma == null ? token(i).word() : lemma).toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i >= 0 && i < size() && token(i).pos() != null ? token(i).pos() : "";
    }

    /** The mention covering token {@code i}, if any. */
    Optional<EntityMention> mentionAt(int i) {
        return mentions.stream().filter(m -> m.tokenStart() <= i && i < m.tokenEnd()).findFirst();
    }

    /**
     * First token in [from, to) whose lemma or lower-cased word is in {@code words}, or -1. Words inside a
     * name do not count: "Crew" in "Crew Dragon" is not the noun "crew".
     */
    int find(Set<String> words, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            if ((words.contains(lemma(i)) || words.contains(lower(i))) && !insideName(i)) {
                return i;
            }
        }
        return -1;
    }

    /** Inside a name or a date: "May" in "May 18, 2018" is no hedge, "Crew" in "Crew Dragon" no crew. */
    private boolean insideName(int i) {
        return mentions.stream().anyMatch(m -> m.tokenStart() <= i && i < m.tokenEnd());
    }

    /** Whether a hedge word stands in [from, to): modal verbs count only as modals ("may", not "May"). */
    boolean hedged(Set<String> hedges, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, size()); i++) {
            if (find(hedges, i, i + 1) == i && (!MODALS.contains(lower(i)) || pos(i).equals("MD") || pos(i).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} lies in a parenthetical relative clause: ", who flew in 2016," or ", which ...,". */
    boolean inRelativeClause(int i) {
        for (int k = i; k >= 1; k--) {
            if (lower(k).equals(",") && k < i) {
                return false;
            }
            if (Set.of("who", "which").contains(lower(k)) && lower(k - 1).equals(",")) {
                for (int j = i + 1; j < size(); j++) {
                    if (lower(j).equals(",")) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** Like {@link #contains}, but names count too: "Accords" in "Artemis Accords" is still the word accords. */
    boolean containsAnywhere(Set<String> words) {
        for (int i = 0; i < size(); i++) {
            if (words.contains(lemma(i)) || words.contains(lower(i))) {
                return true;
            }
        }
        return false;
    }

    boolean contains(Set<String> words) {
        return find(words, 0, size()) >= 0;
    }

    /** The token span text [from, to) as written. */
    String text(int from, int to) {
        if (from >= to) {
            return "";
        }
        int start = token(from).start() - sentence.start();
        int end = token(to - 1).end() - sentence.start();
        return sentence.text().substring(start, end);
    }

    /** Whether a TIMEX value is a date a fact may carry (not a duration, a season or "now"). */
    static boolean isFactDate(String value) {
        return value != null && FACT_DATE.matcher(value).matches();
    }

    /** Normalized fact dates of the sentence's time expressions, nearest to token {@code near} first. */
    Optional<String> dateNear(int near) {
        return mentions(EntityType.DATE).stream()
                .filter(m -> isFactDate(m.canonical()))
                .min((a, b) -> Integer.compare(distance(a, near), distance(b, near)))
                .map(EntityMention::canonical);
    }

    /**
     * Whether the parse hangs mention {@code m} from token {@code head} with no other verb between them: "on
     * May 2" modifies "take" in "A said on Monday that B will take over on May 2", and "on Monday" modifies "said",
     * not "take". False in a sentence that was not parsed.
     */
    boolean modifies(EntityMention m, int head) {
        if (!sentence.parsed()) {
            return false;
        }
        SentenceGraph graph = graph();
        Set<Integer> seen = new HashSet<>();
        Deque<Integer> climbing = new ArrayDeque<>();
        for (int i = m.tokenStart(); i < m.tokenEnd() && i < size(); i++) {
            climbing.add(i);
        }
        while (!climbing.isEmpty()) {
            int node = climbing.poll();
            if (!seen.add(node)) {
                continue;
            }
            for (Dependency d : graph.governors(node)) {
                int up = d.governor();
                if (up >= m.tokenStart() && up < m.tokenEnd()) {
                    continue;
                }
                if (up == head) {
                    return true;
                }
                if (!pos(up).startsWith("VB")) { // a verb the mention modifies is where the climb ends
                    climbing.add(up);
                }
            }
        }
        return false;
    }

    static int distance(EntityMention m, int token) {
        if (token < m.tokenStart()) {
            return m.tokenStart() - token;
        }
        return token >= m.tokenEnd() ? token - m.tokenEnd() + 1 : 0;
    }
}
