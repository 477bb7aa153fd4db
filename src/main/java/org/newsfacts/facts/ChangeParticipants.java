package org.newsfacts.facts;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;

/**
 * Who comes in, who goes out and who appointed, read from the people around a {@link LeadershipTrigger}
 * by its kind and voice: "P replaced Y with Z", "Z replaces Y", "Y was replaced by Z", "Z was named R by P",
 * "P's appointee Z", "Y stepped down". "he"/"she" stand for the last person named before them in the
 * sentence, else for the article's main person so far.
 */
record ChangeParticipants(String incoming, String outgoing, String appointer) {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "that", "which");
    private static final Set<String> APPOINTEE = Set.of("appointee", "nominee", "pick", "choice");
    private static final int MAX_SUBJECT_DISTANCE = 15;
    private static final int MAX_OBJECT_DISTANCE = 8;

    static ChangeParticipants of(SentenceView view, LeadershipTrigger trigger, String protagonist, Lexicons lexicons) {
        int t = trigger.token();
        SentenceGraph graph = view.sentence().parsed() && !trigger.nominal() ? view.graph() : null;
        Optional<Optional<String>> graphSubject = argument(graph, t, "nsubj");
        Optional<String> subject = graphSubject.orElseGet(() -> subject(view, t, protagonist));
        Optional<String> by = personAfter(view, t, "by");
        Optional<String> with = personAfter(view, t, "with");
        Optional<String> object = trigger.nominal() && trigger.kind() != TriggerKind.NEW ? personAfter(view, t, "of")
                : argument(graph, t, "obj").orElseGet(() -> firstObject(view, t, by, with, protagonist));
        String in = null;
        String out = null;
        String appointer = null;
        switch (trigger.kind()) {
            case APPOINT -> {
                in = trigger.passive() ? subject.orElse(null) : object.orElse(null);
                appointer = trigger.passive() ? by.orElse(null) : subject.orElse(null);
            }
            case REPLACE -> {
                if (trigger.passive()) {
                    out = subject.orElse(null);
                    in = by.orElse(null);
                } else if (with.isPresent()) {
                    appointer = subject.orElse(null);
                    out = object.orElse(null);
                    in = with.get();
                } else {
                    in = subject.orElse(null);
                    out = object.orElse(null);
                }
            }
            case SUCCEED -> {
                in = trigger.passive() ? by.orElse(null) : subject.orElse(null);
                out = trigger.passive() ? subject.orElse(null) : object.orElse(null);
            }
            case DEPART -> out = trigger.nominal() ? object.orElse(null) : subject.orElse(null);
            case DISMISS -> out = trigger.passive() ? subject.orElse(null) : object.orElse(null);
            case TAKE -> in = subject.orElse(null);
            case NEW -> in = newHead(view, t, lexicons).orElse(null);
            case HAND_OVER -> {
                out = subject.orElse(null);
                in = personAfter(view, t, "to").orElse(null);
            }
        }
        if (appointer == null && in != null) {
            appointer = appointerOf(view, in).orElse(null);
        }
        return new ChangeParticipants(in, out, appointer);
    }

    /**
     * The trigger's subject or object as the parse gives it ({@code nsubj} also covers {@code nsubj:pass} and the
     * controlled {@code nsubj:xsubj}): empty when the sentence was not parsed or the trigger has no such edge (the
     * token reading decides then), else the person it names, or no one when it names something else ("the board
     * named A"; an object naming something else is left to the tokens). A pronoun is left to the token reading,
     * which knows whom it stands for.
     */
    private static Optional<Optional<String>> argument(SentenceGraph graph, int trigger, String relation) {
        if (graph == null) {
            return Optional.empty();
        }
        List<Dependency> edges = graph.dependents(trigger).stream()
                .filter(d -> d.relation().equals(relation) || d.relation().startsWith(relation + ":")).toList();
        if (edges.isEmpty()) {
            return Optional.empty();
        }
        // "its president, A, ...": the title heads the phrase and the name is its apposition; of conjoined people
        // ("A and B ... to take over"), the one nearest the trigger (the patterns add the others)
        Optional<EntityMention> person = edges.stream()
                .flatMap(edge -> Stream.concat(Stream.of(edge.dependent()), appositions(graph, edge.dependent())))
                .map(graph::mentionAt).filter(m -> m != null && m.type() == EntityType.PERSON)
                .min(Comparator.comparingInt(m -> SentenceView.distance(m, trigger)));
        if (person.isPresent()) {
            return Optional.of(Optional.of(person.get().canonical()));
        }
        for (Dependency edge : edges) {
            String word = graph.token(edge.dependent()).word().toLowerCase(Locale.ROOT);
            if (PRONOUNS.contains(word) || OBJECT_PRONOUNS.contains(word) || RELATIVE_PRONOUNS.contains(word)) {
                return Optional.empty();
            }
        }
        // a subject of its own that is no person is the answer ("the board named A"); a controlled one (xsubj: "his
        // pick to lead O") or an appointee noun stands for someone, and an object may be a post the parser took
        // for the head of a small clause ("named A director of O"): the token reading decides then
        boolean ownSubject = relation.equals("nsubj") && edges.stream().allMatch(d -> !d.relation().endsWith("xsubj")
                && !APPOINTEE.contains(graph.lemma(d.dependent())));
        return ownSubject ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /**
     * The appositions of a phrase's head ("its president, A"), and those the parser hangs on the organisation of a
     * post instead ("the president of Acme Motors, A": A is read as Acme Motors' apposition).
     */
    private static Stream<Integer> appositions(SentenceGraph graph, int head) {
        Stream<Integer> ofOrganization = graph.dependents(head).stream().filter(d -> d.relation().equals("nmod:of"))
                .flatMap(d -> graph.dependents(d.dependent()).stream()).filter(d -> d.relation().equals("appos"))
                .map(Dependency::dependent);
        return Stream.concat(graph.dependents(head).stream().filter(d -> d.relation().equals("appos")).map(Dependency::dependent),
                ofOrganization);
    }

    /** Whether the sentence names a change at all: someone in or out, and not the same person both ways. */
    boolean isChange() {
        return (incoming != null || outgoing != null) && !(incoming != null && incoming.equals(outgoing));
    }

    /** The post right after "new" ("new chief"). */
    static Optional<RolePhrase> newPost(SentenceView view, int newWord, Lexicons lexicons) {
        return RolePhrase.findAll(view, lexicons).stream().filter(r -> r.start() <= newWord + 1 && r.end() > newWord).findFirst();
    }

    /** The person acting or acted upon before the trigger: the nearest name, or whom "he"/"she" stands for. */
    private static Optional<String> subject(SentenceView view, int trigger, String protagonist) {
        EntityMention nearest = null;
        for (EntityMention m : view.mentions(EntityType.PERSON)) {
            boolean apposition = view.lower(m.tokenEnd()).equals(","); // "A, who flew in 2016, will take office", "A, 71, ..."
            int reach = apposition ? 2 * MAX_SUBJECT_DISTANCE : MAX_SUBJECT_DISTANCE;
            if (m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= reach && !possessive(view, m)) {
                nearest = m;
            }
        }
        if (nearest != null && objectOfEarlierVerb(view, nearest, trigger)) {
            // "P dismissed A and named B": A is the first verb's object; both verbs share the subject P
            int verb = nearest.tokenStart() - 1;
            while (verb >= 0 && !view.pos(verb).startsWith("VB")) {
                verb--;
            }
            int before = verb;
            nearest = view.mentions(EntityType.PERSON).stream()
                    .filter(m -> m.tokenEnd() <= before && !possessive(view, m)).reduce((a, b) -> b).orElse(null);
        }
        int pronoun = view.find(PRONOUNS, trigger - 4, trigger);
        if (pronoun >= 0 && (nearest == null || nearest.tokenEnd() <= pronoun)) {
            return view.mentions(EntityType.PERSON).stream()
                    .filter(m -> m.tokenEnd() <= pronoun && !possessive(view, m))
                    .reduce((a, b) -> b).map(EntityMention::canonical)
                    .or(() -> Optional.ofNullable(protagonist));
        }
        return Optional.ofNullable(nearest).map(EntityMention::canonical);
    }

    /** The first person after the trigger who is not a possessive ("the governor's appointee A" names A) nor the by/with person. */
    private static Optional<String> firstObject(SentenceView view, int trigger, Optional<String> by, Optional<String> with,
                                                String protagonist) {
        for (EntityMention m : view.mentions(EntityType.PERSON)) {
            if (m.tokenStart() > trigger && !possessive(view, m) && !by.map(m.canonical()::equals).orElse(false)
                    && !with.map(m.canonical()::equals).orElse(false)) {
                return m.tokenStart() - trigger <= MAX_OBJECT_DISTANCE ? Optional.of(m.canonical()) : Optional.empty();
            }
        }
        return OBJECT_PRONOUNS.contains(view.lower(trigger + 1)) ? Optional.ofNullable(protagonist) : Optional.empty();
    }

    /** "... dismissed A and named": A follows a verb and "and" leads to the trigger. */
    private static boolean objectOfEarlierVerb(SentenceView view, EntityMention person, int trigger) {
        boolean conjoined = view.find(Set.of("and"), person.tokenEnd(), trigger) >= 0;
        boolean afterVerb = false;
        for (int k = person.tokenStart() - 1; k >= Math.max(0, person.tokenStart() - 5); k--) {
            if (view.pos(k).startsWith("VB")) {
                afterVerb = true;
                break;
            }
        }
        return conjoined && afterVerb && view.pos(trigger).startsWith("VB");
    }

    private static boolean possessive(SentenceView view, EntityMention m) {
        return view.lower(m.tokenEnd()).equals("'s") || view.lower(m.tokenEnd()).equals("'");
    }

    /** The person right after {@code word} ("by B", "with A") following the trigger. */
    private static Optional<String> personAfter(SentenceView view, int trigger, String word) {
        int at = view.find(Set.of(word), trigger + 1, view.size());
        if (at < 0) {
            return Optional.empty();
        }
        return view.mentions(EntityType.PERSON).stream()
                .filter(m -> m.tokenStart() > at && m.tokenStart() <= at + 3)
                .map(EntityMention::canonical).findFirst();
    }

    /** The person a "new chief" phrase names: right after the post, or before ", the new head". */
    private static Optional<String> newHead(SentenceView view, int newWord, Lexicons lexicons) {
        Optional<String> after = newPost(view, newWord, lexicons).flatMap(r -> view.mentionAt(r.end()))
                .filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical);
        return after.or(() -> view.mentionAt(newWord - 3).filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical));
    }

    /** "the governor's appointee A": the possessor appointed A. */
    private static Optional<String> appointerOf(SentenceView view, String incoming) {
        for (EntityMention m : view.mentions(EntityType.PERSON)) {
            if (m.canonical().equals(incoming) && APPOINTEE.contains(view.lower(m.tokenStart() - 1))) {
                int owner = m.tokenStart() - 2;
                if (view.lower(owner).equals("'s")) {
                    return view.mentionAt(owner - 1).filter(p -> p.type() == EntityType.PERSON).map(EntityMention::canonical);
                }
            }
        }
        return Optional.empty();
    }
}
