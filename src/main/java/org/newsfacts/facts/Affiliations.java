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
    /** Words that make a crew position of two: "mission specialist", "flight engineer", "payload specialist". */
    private static final Set<String> POSITION_MODIFIERS = Set.of("mission", "flight", "payload");
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "--", "-", ":", "\u2013", "\u2014");
    private final Map<String, EntityMention> byPerson = new HashMap<>();
    private final Map<String, String> implied = new HashMap<>();
    /** Countries a person speaks for by the adjective of their title ("the Freedonian foreign minister A"). */
    private final Map<String, String> countries = new HashMap<>();
    private final Set<String> roleHeads;

    Affiliations(ResolvedArticle article, Lexicons lexicons) {
        this.roleHeads = lexicons.roleHeads();
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
        if (m != null) {
            return Optional.of(m.canonical());
        }
        return Optional.ofNullable(implied.get(person)).or(() -> Optional.ofNullable(countries.get(person)));
    }

    private void learn(SentenceView view, EntityMention person, Lexicons lexicons) {
        // "A of Roscosmos", "A, an astronaut with ESA": said of this person alone, it beats a list's "NASA astronauts"
        for (int j = person.tokenEnd(); j < Math.min(view.size(), person.tokenEnd() + 6); j++) {
            Optional<EntityMention> org = view.mentionAt(j)
                    .filter(m -> m.type().isOrganization());
            if (org.isPresent() && connects(view, person.tokenEnd(), org.get().tokenStart(), lexicons)
                    && !view.text(person.tokenEnd(), org.get().tokenStart()).equals(",")) { // "A, NASA said" is a speaker
                byPerson.put(person.canonical(), org.get());
                return;
            }
        }
        int i = skipListLeft(view, person.tokenStart() - 1, lexicons);
        if (i >= 0 && i < person.tokenStart() - 1 && lexicons.nationalityAgency().containsKey(view.word(i))
                && crewPositionAt(view, i + 1, lexicons)) {
            implied.put(person.canonical(), lexicons.nationalityAgency().get(view.word(i))); // "Russian commander A"
            return;
        }
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
                        .filter(m -> m.tokenEnd() <= i && m.type().isOrganization())
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
        for (int j = right; j < Math.min(view.size(), right + 6); j++) {
            Optional<EntityMention> org = view.mentionAt(j).filter(m -> isParty(m.type()));
            if (org.isPresent() && connects(view, right, org.get().tokenStart(), lexicons)) {
                byPerson.put(person.canonical(), org.get());
                return;
            }
        }
        countryOfTitle(view, person.tokenStart(), lexicons).ifPresent(country -> countries.putIfAbsent(person.canonical(), country));
    }

    /**
     * "the Freedonian foreign minister A", "South Korean Science Minister A": a country's adjective opening a title
     * right before the name. A party only (a country is nobody's employer for a flight), and only when the words
     * between hold a post ("minister", "chief", "ambassador"), so "Freedonian-born engineer" names no country.
     */
    private Optional<String> countryOfTitle(SentenceView view, int nameStart, Lexicons lexicons) {
        boolean post = false;
        for (int k = nameStart - 1; k >= Math.max(0, nameStart - 5) && view.mentionAt(k).isEmpty(); k--) {
            String two = k > 0 ? view.word(k - 1) + " " + view.word(k) : null;
            if (post && two != null && lexicons.demonyms().containsKey(two)) {
                return Optional.of(lexicons.demonyms().get(two));
            }
            if (post && lexicons.demonyms().containsKey(view.word(k))) {
                return Optional.of(lexicons.demonyms().get(view.word(k)));
            }
            String pos = view.pos(k);
            if (!pos.startsWith("NN") && !pos.startsWith("JJ")) {
                return Optional.empty();
            }
            post |= roleHeads.contains(view.lower(k));
        }
        return Optional.empty();
    }

    /**
     * Only "of", "(", ",", "a", "an", "the", "from" may stand between a person and an organization on the
     * right, and in an apposition an occupation with "with" or "for": "A, an astronaut with the ESA".
     */
    private static boolean connects(SentenceView view, int from, int to, Lexicons lexicons) {
        if (from == to) {
            return false;
        }
        boolean occupation = false;
        for (int k = from; k < to; k++) {
            String w = view.lower(k);
            if (lexicons.astronautNouns().contains(w) || lexicons.crewRoles().contains(view.lemma(k))) {
                occupation = true;
            } else if ((w.equals("with") || w.equals("for")) && occupation) {
                continue;
            } else if (!List.of("of", "(", "-lrb-", ",", "a", "an", "the", "from").contains(w)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a crew position ("commander", "flight engineer", "mission specialist") starts at token {@code i}. */
    private static boolean crewPositionAt(SentenceView view, int i, Lexicons lexicons) {
        return lexicons.crewRoles().contains(view.lemma(i))
                || (POSITION_MODIFIERS.contains(view.lower(i)) && lexicons.crewRoles().contains(view.lemma(i + 1)));
    }

    /**
     * Steps left over a list of names with crew roles in parentheses or before each name:
     * "A (commander), B (pilot), and", "commander A, pilot B and mission specialists".
     */
    private static int skipListLeft(SentenceView view, int i, Lexicons lexicons) {
        while (i >= 0) {
            String w = view.lower(i);
            if (lexicons.crewRoles().contains(view.lemma(i)) && !lexicons.astronautNouns().contains(w)) {
                i--;
                if (POSITION_MODIFIERS.contains(view.lower(i))) {
                    i--;
                }
                continue;
            }
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
