package org.newsfacts.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Whom each person of an article works or flies for, read from how news introduces people:
 * "NASA astronauts A, B and C", "JAXA's A", "A of Roscosmos", "Russian cosmonaut A", "A, Freedonia's minister".
 * The first statement in the article wins; it applies to every later mention of that person.
 */
final class Affiliations {
    private static final Set<String> SELECTING = Set.of("select", "assign", "name", "pick", "choose", "tap");
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "--", "-", ":", "\u2013", "\u2014");
    private final Map<String, EntityMention> byPerson = new HashMap<>();
    private final Map<String, String> implied = new HashMap<>();

    Affiliations(ResolvedArticle article, Lexicons lexicons) {
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            for (EntityMention person : view.mentions(EntityType.PERSON)) {
                if (!byPerson.containsKey(person.canonical()) && !implied.containsKey(person.canonical())) {
                    learn(view, person, lexicons);
                }
            }
        }
    }

    /** The agency or company the person belongs to (never a country), if the article says. */
    Optional<String> organization(String person) {
        EntityMention m = byPerson.get(person);
        if (m != null && m.type() != EntityType.PLACE) {
            return Optional.of(m.canonical());
        }
        return Optional.ofNullable(implied.get(person));
    }

    /** The agency, company or country the person speaks for, if the article says. */
    Optional<String> party(String person) {
        EntityMention m = byPerson.get(person);
        return m != null ? Optional.of(m.canonical()) : Optional.ofNullable(implied.get(person));
    }

    private void learn(SentenceView view, EntityMention person, Lexicons lexicons) {
        int i = skipListLeft(view, person.tokenStart() - 1);
        if (i >= 0 && lexicons.astronautNouns().contains(view.lower(i))) {
            String adjective = view.word(i - 1);
            Optional<EntityMention> org = organizationEndingAt(view, i - 1);
            if (org.isPresent() && org.get().type() != EntityType.PLACE) {
                byPerson.put(person.canonical(), org.get());
                return;
            }
            if (view.pos(i - 1).startsWith("VB")) { // "NASA assigned astronauts A and B"
                Optional<EntityMention> actor = organizationEndingAt(view, i - 2);
                if (actor.isPresent() && actor.get().type() != EntityType.PLACE) {
                    byPerson.put(person.canonical(), actor.get());
                    return;
                }
            }
            if (Set.of("its", "their").contains(view.lower(i - 1))) { // "the agency said its astronaut A"
                Optional<EntityMention> subject = view.mentions().stream()
                        .filter(m -> m.tokenEnd() <= i && (m.type() == EntityType.AGENCY || m.type() == EntityType.ORGANIZATION))
                        .findFirst();
                if (subject.isPresent()) {
                    byPerson.put(person.canonical(), subject.get());
                    return;
                }
            }
            if (lexicons.nationalityAgency().containsKey(adjective)) {
                implied.put(person.canonical(), lexicons.nationalityAgency().get(adjective));
                return;
            }
            String occupation = lexicons.occupationAgency().get(view.lower(i));
            if (occupation != null) {
                implied.put(person.canonical(), occupation);
                return;
            }
        }
        // "ESA has selected A to fly", "NASA named A": the selecting agency is A's
        if (SELECTING.contains(view.lemma(person.tokenStart() - 1))) {
            for (int k = person.tokenStart() - 2; k >= Math.max(0, person.tokenStart() - 4); k--) {
                Optional<EntityMention> selector = view.mentionAt(k).filter(m -> m.type() == EntityType.AGENCY);
                if (selector.isPresent()) {
                    byPerson.put(person.canonical(), selector.get());
                    return;
                }
                if (!Set.of("has", "have", "had", "on", "today").contains(view.lower(k))) {
                    break;
                }
            }
        }
        // "JAXA's A", "NASA Administrator A"
        int left = person.tokenStart() - 1;
        if (view.lower(left).equals("'s")) {
            organizationEndingAt(view, left - 1).ifPresent(org -> byPerson.put(person.canonical(), org));
        } else if (lexicons.leadershipRoles().containsKey(view.lower(left))) {
            organizationEndingAt(view, left - 1).ifPresent(org -> byPerson.put(person.canonical(), org));
        }
        if (byPerson.containsKey(person.canonical())) {
            return;
        }
        // "A of Roscosmos", "A (ESA)", "A, Freedonia's minister", "A, a NASA astronaut", "A and B, both from NASA"
        int right = person.tokenEnd();
        while (right < view.size() && (LIST_JOINERS.contains(view.lower(right))
                || view.mentionAt(right).filter(m -> m.type() == EntityType.PERSON).isPresent())) {
            right++;
        }
        if (right > person.tokenEnd() && Set.of("both", "all").contains(view.lower(right))) {
            right++;
        } else {
            right = person.tokenEnd();
        }
        for (int j = right; j < Math.min(view.size(), right + 4); j++) {
            Optional<EntityMention> org = view.mentionAt(j).filter(m -> isParty(m.type()));
            if (org.isPresent() && connects(view, right, org.get().tokenStart())) {
                byPerson.put(person.canonical(), org.get());
                return;
            }
        }
    }

    /** Only "of", "(", ",", "a", "an", "the" may stand between a person and an organization on the right. */
    private static boolean connects(SentenceView view, int from, int to) {
        if (from == to) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!List.of("of", "(", "-lrb-", ",", "a", "an", "the", "from").contains(view.lower(k))) {
                return false;
            }
        }
        return true;
    }

    /** Steps left over a list of names with crew roles in parentheses: "A (commander), B (pilot), and". */
    private static int skipListLeft(SentenceView view, int i) {
        while (i >= 0) {
            String w = view.lower(i);
            if (w.equals(")") || w.equals("-rrb-")) {
                while (i >= 0 && !view.lower(i).equals("(") && !view.lower(i).equals("-lrb-")) {
                    i--;
                }
                i--;
            } else if (LIST_JOINERS.contains(w) || view.mentionAt(i).filter(m -> m.type() == EntityType.PERSON).isPresent()) {
                i--;
            } else {
                return i;
            }
        }
        return -1;
    }

    private static Optional<EntityMention> organizationEndingAt(SentenceView view, int i) {
        if (view.lower(i).equals("'s")) {
            i--;
        }
        return view.mentionAt(i).filter(m -> isParty(m.type()));
    }

    private static boolean isParty(EntityType type) {
        return type == EntityType.AGENCY || type == EntityType.ORGANIZATION || type == EntityType.PLACE;
    }
}
