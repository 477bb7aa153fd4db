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
 * the post a leadership change already records.
 */
public final class FactExtractor {
    private final List<FactRule> rules;
    private final FactMerger merger = new FactMerger();

    public FactExtractor(List<FactRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The standard rule set, reading the bundled lexicons and mission catalog. */
    public static FactExtractor standard(Lexicons lexicons, MissionCatalog missions) {
        FactPatterns patterns = FactPatterns.bundled(lexicons);
        return new FactExtractor(List.of(
                new FlightAssignmentRule(lexicons, missions),
                new LeadershipChangeRule(lexicons, patterns),
                new AgreementRule(lexicons, patterns),
                new RoleRule(lexicons, patterns)));
    }

    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> all = new ArrayList<>();
        for (FactRule rule : rules) {
            all.addAll(merger.merge(rule.extract(article)));
        }
        Set<String> participants = new HashSet<>();
        Set<String> recordedPosts = new HashSet<>();
        for (Fact fact : all) {
            if (fact.type() == FactType.ROLE) {
                continue;
            }
            for (Slot slot : List.of(Slots.PERSON, Slots.INCOMING, Slots.OUTGOING, Slots.APPOINTED_BY)) {
                Object value = slot.get(fact.args());
                if (value instanceof String person) {
                    participants.add(person);
                    if (fact.type() == FactType.LEADERSHIP_CHANGE && Slots.ROLE.get(fact.args()) != null) {
                        recordedPosts.add(person + "|" + Slots.ROLE.get(fact.args()).toString().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return all.stream().filter(f -> f.type() != FactType.ROLE || keepRole(f, participants, recordedPosts)).toList();
    }

    private static boolean keepRole(Fact role, Set<String> participants, Set<String> recordedPosts) {
        String person = (String) Slots.PERSON.get(role.args());
        String title = Slots.TITLE.get(role.args()).toString().toLowerCase(Locale.ROOT);
        return participants.contains(person) && !recordedPosts.contains(person + "|" + title);
    }
}
