package org.newsfacts.facts;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.facts.pattern.PatternMatch;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Slots;

/**
 * Builds the ROLE arguments of one pattern match from the graph: the person's mention, the post as the role
 * lexicon spells it ({@link RolePhrase}), extended by an of- or for-phrase that names no organisation ("director
 * of the propulsion division", "vice president for sales"), and the organisation the pattern bound, else the one
 * an of-phrase names, else one written right before the post ("Acme CEO") or as its possessor ("Acme's CEO").
 */
final class RoleReading {
    private static final Set<String> PORTFOLIO_RELATIONS = Set.of("nmod:of", "nmod:for");
    private static final Set<String> ORGANIZATION_RELATIONS = Set.of("nmod:of", "nmod:for", "nmod:at", "nmod:with");
    private static final Set<String> ANAPHORIC = Set.of("agency", "company", "corporation", "organization",
            "organisation", "firm", "group", "administration", "club", "bank", "university");
    /** Words that say when a post was held, not what it is. */
    private static final Set<String> DATING = Set.of("former", "new", "then", "ex", "current", "previous", "incoming",
            "outgoing", "longtime", "first", "erstwhile", "future", "next", "last");
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "det", "case", "flat", "nummod", "cc");

    private final SentenceView view;
    private final SentenceGraph graph;
    private final List<RolePhrase> roles;

    /** The organisation named last before this sentence, which "the agency" or "the company" refers back to. */
    private final Optional<EntityMention> previous;

    /** The first person of the last earlier sentence that names people, whom a leading "he" or "she" means. */
    private final Optional<EntityMention> previousPerson;

    RoleReading(SentenceView view, SentenceGraph graph, List<RolePhrase> roles, Optional<EntityMention> previous,
                Optional<EntityMention> previousPerson) {
        this.view = view;
        this.graph = graph;
        this.roles = roles;
        this.previous = previous;
        this.previousPerson = previousPerson;
    }

    /** The ROLE arguments the match states, if its person is a person and its title a post of the lexicon. */
    Optional<Map<String, Object>> read(PatternMatch match) {
        EntityMention person = match.token("person").map(p -> graph.mentionAt(p) != null ? graph.mentionAt(p) : antecedent(p))
                .orElse(null);
        int title = match.token("title").orElse(-1);
        Optional<RolePhrase> role = roles.stream().filter(r -> r.start() <= title && title < r.end()).findFirst();
        if (person == null || person.type() != EntityType.PERSON || role.isEmpty()) {
            return Optional.empty();
        }
        Optional<EntityMention> organization = match.token("org").map(graph::mentionAt).filter(m -> m.type().isOrganization());
        int end = role.get().end();
        for (Dependency d : graph.dependents(title)) {
            if (!ORGANIZATION_RELATIONS.contains(d.relation()) || d.dependent() < end) {
                continue;
            }
            EntityMention named = graph.mentionAt(d.dependent());
            if (named != null && named.type().isOrganization()) {
                organization = organization.or(() -> Optional.of(named)); // "director of O", "vice president at O"
            } else if (named == null && PORTFOLIO_RELATIONS.contains(d.relation()) && continuesTitle(d.dependent())) {
                end = Math.max(end, portfolioEnd(end, d.dependent())); // "director of the propulsion division"
            }
        }
        boolean here = person.sentence() == view.index();
        if (here && person.tokenEnd() > role.get().start() && person.tokenStart() < end) {
            return Optional.empty();
        }
        organization = organization.or(() -> writtenBefore(role.get())).or(() -> possessor(title)).or(() -> referredTo(title));
        int start = modifiersStart(role.get().start(), title);
        Map<String, Object> args = new LinkedHashMap<>();
        Slots.PERSON.put(args, person.canonical());
        String modifiers = start < role.get().start() ? view.text(start, role.get().start()) + " " : "";
        String portfolio = end > role.get().end() ? " " + view.text(role.get().end(), end) : "";
        Slots.TITLE.put(args, modifiers + role.get().role() + portfolio);
        organization.ifPresent(o -> Slots.ORGANIZATION.put(args, o.canonical()));
        Slots.FORMER.put(args, match.has("past") || RoleRule.isFormer(view, role.get(), person));
        return Optional.of(args);
    }

    /**
     * The start of the post with the lower-case modifiers the graph hangs on its head right before it ("chief
     * sales officer", "finance director"), leaving out words that date the post rather than name it.
     */
    private int modifiersStart(int from, int head) {
        int start = from;
        while (start > 0 && isModifierOf(start - 1, head)) {
            start--;
        }
        return start;
    }

    private boolean isModifierOf(int token, int head) {
        String word = graph.token(token).word();
        boolean lower = !word.isEmpty() && Character.isLowerCase(word.charAt(0));
        boolean attached = graph.governors(token).stream()
                .anyMatch(d -> d.governor() == head && (d.relation().equals("compound") || d.relation().equals("amod")));
        String lemma = graph.lemma(token);
        // "agency chief scientist": a word that refers back to the organisation names no part of the post
        return lower && attached && graph.mentionAt(token) == null && !DATING.contains(word.toLowerCase(Locale.ROOT))
                && !ANAPHORIC.contains(lemma);
    }

    /**
     * Whether an of/for-phrase headed by this noun names part of the post: a common noun ("of the propulsion
     * division") or a proper one after "the" ("of the Flight Operations Directorate"). A bare proper name no
     * tagger recognised ("CEO of Acme Payments") is more likely an organisation than a portfolio; "the agency"
     * and its kind refer back to the organisation.
     */
    private boolean continuesTitle(int head) {
        String pos = graph.token(head).pos();
        if (ANAPHORIC.contains(graph.lemma(head))) {
            return false;
        }
        boolean determined = graph.dependents(head).stream().anyMatch(d -> d.relation().equals("det"));
        String word = graph.token(head).word();
        boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
        boolean common = (pos.equals("NN") || pos.equals("NNS")) && !capitalised; // "Acme Payments" tagged NNS is a name
        return common || (pos.startsWith("NN") && determined);
    }

    /**
     * The end of the phrase headed by {@code head} when it continues the post without a gap (no comma, no
     * person, no organisation inside), else {@code from}.
     */
    private int portfolioEnd(int from, int head) {
        int last = head;
        Deque<Integer> open = new ArrayDeque<>(List.of(head));
        Set<Integer> seen = new HashSet<>(open);
        while (!open.isEmpty()) {
            for (Dependency d : graph.dependents(open.pop())) {
                boolean inPhrase = PHRASE_RELATIONS.contains(d.relation()) || d.relation().startsWith("nmod:");
                if (inPhrase && d.dependent() > from - 1 && seen.add(d.dependent())) {
                    last = Math.max(last, d.dependent());
                    open.push(d.dependent());
                }
            }
        }
        for (int k = from; k <= last; k++) {
            EntityMention m = graph.mentionAt(k);
            if (view.lower(k).equals(",") || (m != null && m.type() != EntityType.PLACE)) {
                return from;
            }
        }
        return last + 1;
    }

    /**
     * For "he" or "she", the person named last before the sentence's first "he" or "she", else the one the last
     * sentence naming people named first.
     */
    private EntityMention antecedent(int pronoun) {
        if (!Set.of("he", "she").contains(graph.lemma(pronoun))) {
            return null;
        }
        int firstPronoun = pronoun;
        for (int k = 0; k < pronoun; k++) {
            if (Set.of("he", "she").contains(view.lower(k))) {
                firstPronoun = k; // "He served as ..., before which he was ...": both mean the earlier sentence's person
                break;
            }
        }
        int before = firstPronoun;
        return view.mentions(EntityType.PERSON).stream().filter(m -> m.tokenEnd() <= before).reduce((a, b) -> b)
                .or(() -> previousPerson).orElse(null);
    }

    /**
     * "president of the agency", "the company's CEO": the organisation named last before the post, in this
     * sentence or an earlier one.
     */
    private Optional<EntityMention> referredTo(int title) {
        boolean anaphoric = graph.dependents(title).stream()
                .filter(d -> ORGANIZATION_RELATIONS.contains(d.relation()) || d.relation().equals("nmod:poss"))
                .anyMatch(d -> ANAPHORIC.contains(graph.lemma(d.dependent())) && graph.mentionAt(d.dependent()) == null
                        && graph.dependents(d.dependent()).stream().anyMatch(x -> x.relation().equals("det")
                                && graph.lemma(x.dependent()).equals("the")));
        if (!anaphoric) {
            return Optional.empty();
        }
        Optional<EntityMention> here = view.mentions().stream()
                .filter(m -> m.tokenEnd() <= title && m.type().isOrganization()).reduce((a, b) -> b);
        return here.or(() -> previous);
    }

    private Optional<EntityMention> writtenBefore(RolePhrase role) {
        return view.mentionAt(role.start() - 1).filter(m -> m.type().isOrganization());
    }

    private Optional<EntityMention> possessor(int title) {
        return graph.dependents(title).stream().filter(d -> d.relation().equals("nmod:poss"))
                .map(d -> graph.mentionAt(d.dependent())).filter(m -> m != null && m.type().isOrganization()).findFirst();
    }
}
