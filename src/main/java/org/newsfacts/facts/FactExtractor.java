package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Slot;
import org.newsfacts.model.Slots;

/**
 * Runs every fact rule over a resolved article and merges their output: the facts of one article.
 * ROLE facts are kept only for people who take part in another fact, and not when they merely repeat
 * the post a leadership change already records: the same title, or at the change's organisation a title that
 * only says "head" ("the agency's boss", a change whose post is unnamed or just "head").
 */
public final class FactExtractor {
    /** Posts that name no more than the top of an organisation, whatever its own word for it. */
    private static final Set<String> GENERIC_POSTS = Set.of("head", "chief", "leader", "boss");

    private final List<FactRule> rules;
    private final TemporaryPosts temporary;
    private final FactMerger merger;

    /** @param temporaryModifiers the words that mark a post held for the time being ("acting", "interim") */
    public FactExtractor(List<FactRule> rules, Set<String> temporaryModifiers) {
        this.rules = List.copyOf(rules);
        this.temporary = new TemporaryPosts(temporaryModifiers);
        this.merger = new FactMerger(temporary);
    }

    /** The standard rule set, reading the bundled lexicons and mission catalog. */
    public static FactExtractor standard(Lexicons lexicons, MissionCatalog missions) {
        FactPatterns patterns = FactPatterns.bundled(lexicons);
        return new FactExtractor(List.of(
                new FlightAssignmentRule(lexicons, missions),
                new LeadershipChangeRule(lexicons, patterns),
                new AgreementRule(lexicons, patterns),
                new RoleRule(lexicons, patterns)), lexicons.temporaryModifiers());
    }

    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> all = new ArrayList<>();
        for (FactRule rule : rules) {
            all.addAll(merger.merge(rule.extract(article)));
        }
        Set<String> flyers = new HashSet<>();
        all.stream().filter(f -> f.type() == FactType.FLIGHT_ASSIGNMENT).forEach(f -> flyers.add((String) Slots.PERSON.get(f.args())));
        all.removeIf(f -> seatChange(f, flyers));
        Set<String> participants = new HashSet<>();
        List<Fact> changes = new ArrayList<>();
        for (Fact fact : all) {
            if (fact.type() == FactType.ROLE) {
                continue;
            }
            if (fact.type() == FactType.LEADERSHIP_CHANGE) {
                changes.add(fact);
            }
            for (Slot slot : List.of(Slots.PERSON, Slots.INCOMING, Slots.OUTGOING, Slots.APPOINTED_BY)) {
                if (slot.get(fact.args()) instanceof String person) {
                    participants.add(person);
                }
            }
        }
        return all.stream().filter(f -> f.type() != FactType.ROLE
                || participants.contains((String) Slots.PERSON.get(f.args())) && changes.stream().noneMatch(c -> recordedBy(f, c)))
                .toList();
    }

    /**
     * Crews change with the words of leadership ("B will replace A", "A was replaced by B"): a change that names
     * no post, between people of whom one flies in the article, is a seat changing hands, not a post.
     */
    private static boolean seatChange(Fact fact, Set<String> flyers) {
        return fact.type() == FactType.LEADERSHIP_CHANGE && Slots.ROLE.get(fact.args()) == null
                && (flyers.contains(Slots.INCOMING.get(fact.args())) || flyers.contains(Slots.OUTGOING.get(fact.args())));
    }

    /**
     * Whether a leadership change already records this ROLE's post: same person as a side, same post. A leaver's
     * post that a stand-in now holds for the time being is the change's post too ("president" left, "interim
     * president" taken over); an acting holder's own title is kept ("Acting Administrator" leaving when the
     * confirmed "administrator" arrives).
     */
    private boolean recordedBy(Fact role, Fact change) {
        Object person = Slots.PERSON.get(role.args());
        if (!person.equals(Slots.INCOMING.get(change.args())) && !person.equals(Slots.OUTGOING.get(change.args()))) {
            return false;
        }
        String title = lower(Slots.TITLE.get(role.args()));
        String post = lower(Slots.ROLE.get(change.args()));
        boolean handedToStandIn = person.equals(Slots.OUTGOING.get(change.args())) && temporary.isTemporary(post)
                && !temporary.isTemporary(title) && title.equals(temporary.bare(post));
        if (title.equals(post) || handedToStandIn) {
            return true;
        }
        Object organization = Slots.ORGANIZATION.get(role.args());
        boolean sameOrganization = organization != null && organization.equals(Slots.ORGANIZATION.get(change.args()));
        return sameOrganization && (post.isEmpty() || GENERIC_POSTS.contains(post) || GENERIC_POSTS.contains(title));
    }

    private static String lower(Object value) {
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
    }
}
