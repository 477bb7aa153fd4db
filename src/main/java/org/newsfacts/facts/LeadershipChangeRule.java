package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Who replaced whom at the head of which organisation. A trigger verb from the lexicon (appoint, replace,
 * succeed, resign, take over...) assigns the people around it to incoming, outgoing and appointed_by by
 * its kind and voice ("P replaced Y with Z", "Z was named R of O by P", "Y resigned as R"); the post and
 * organisation come from the role phrase nearest the people ("head of O", "O's new chief").
 */
public final class LeadershipChangeRule implements FactRule {
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "'s", "got", "get");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "who");
    private static final int MAX_SUBJECT_DISTANCE = 15;

    private final Lexicons lexicons;

    public LeadershipChangeRule(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public FactType type() {
        return FactType.LEADERSHIP_CHANGE;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> facts = new ArrayList<>();
        String lastPerson = null;
        String mainOrganization = mainOrganization(article);
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            if (!view.contains(lexicons.hedges()) && view.missions().isEmpty() && !view.contains(lexicons.crewRoles())) {
                for (int i = 0; i < view.size(); i++) {
                    String kind = triggerKind(view, i);
                    if (kind != null) {
                        read(article, view, i, kind, lastPerson, mainOrganization).ifPresent(facts::add);
                    }
                }
            }
            List<EntityMention> persons = view.mentions(EntityType.PERSON);
            if (!persons.isEmpty()) {
                lastPerson = persons.get(0).canonical(); // the subject of a sentence usually comes first
            }
        }
        return facts;
    }

    private String triggerKind(SentenceView view, int i) {
        String kind = lexicons.leadershipTriggers().get(view.lemma(i));
        if (kind == null) {
            return null;
        }
        if (view.lemma(i).equals("helm")) {
            return "TAKE"; // "took the helm": a noun that acts as the trigger
        }
        return view.pos(i).startsWith("VB") ? kind : null;
    }

    private Optional<Fact> read(ResolvedArticle article, SentenceView view, int trigger, String kind, String lastPerson,
                                String mainOrganization) {
        boolean passive = isPassive(view, trigger);
        Optional<String> subject = subject(view, trigger, lastPerson);
        List<EntityMention> objects = view.mentions(EntityType.PERSON).stream()
                .filter(m -> m.tokenStart() > trigger).toList();
        Optional<String> by = after(view, trigger, "by");
        Optional<String> with = after(view, trigger, "with");
        Optional<String> firstObject = objects.stream().map(EntityMention::canonical)
                .filter(p -> !by.map(p::equals).orElse(false) && !with.map(p::equals).orElse(false)).findFirst()
                .or(() -> objectPronoun(view, trigger, lastPerson));
        String incoming = null;
        String outgoing = null;
        String appointer = null;
        switch (kind) {
            case "APPOINT" -> {
                incoming = passive ? subject.orElse(null) : firstObject.orElse(null);
                appointer = passive ? by.orElse(null) : subject.orElse(null);
            }
            case "REPLACE" -> {
                if (passive) {
                    outgoing = subject.orElse(null);
                    incoming = by.orElse(null);
                } else if (with.isPresent()) {
                    appointer = subject.orElse(null);
                    outgoing = firstObject.orElse(null);
                    incoming = with.get();
                } else {
                    incoming = subject.orElse(null);
                    outgoing = firstObject.orElse(null);
                }
            }
            case "SUCCEED" -> {
                incoming = passive ? by.orElse(null) : subject.orElse(null);
                outgoing = passive ? subject.orElse(null) : firstObject.orElse(null);
            }
            case "DEPART" -> outgoing = subject.orElse(null);
            case "TAKE" -> incoming = subject.orElse(null);
            default -> throw new IllegalStateException("unknown trigger kind " + kind);
        }
        if (incoming == null && outgoing == null) {
            return Optional.empty();
        }
        List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
        Optional<RolePhrase> role = roles.stream()
                .min((a, b) -> Integer.compare(Math.abs(a.start() - trigger), Math.abs(b.start() - trigger)));
        if (role.isEmpty() && !(kind.equals("APPOINT") && passive) && !kind.equals("REPLACE") && !kind.equals("SUCCEED")) {
            return Optional.empty(); // "left", "took", "named" with no post in sight are not about leadership
        }
        String appointedBy = appointer;
        Optional<String> organization = role.flatMap(r -> organizationOf(view, r))
                .or(() -> anyOrganization(view, appointedBy))
                .or(() -> role.isPresent() ? Optional.ofNullable(mainOrganization) : Optional.empty());
        if (organization.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("organization", organization.get());
        role.ifPresent(r -> args.put("role", r.role()));
        putIfPresent(args, "outgoing", outgoing);
        putIfPresent(args, "incoming", incoming);
        if (appointer != null && !appointer.equals(incoming) && !appointer.equals(outgoing)) {
            args.put("appointed_by", appointer);
        }
        String date = view.dateNear(trigger).orElse(null);
        return Optional.of(FactFactory.create(article, type(), args, date, view.sentence(), 0.8));
    }

    private static boolean isPassive(SentenceView view, int trigger) {
        if (!view.pos(trigger).equals("VBN")) {
            return false;
        }
        for (int k = trigger - 1; k >= Math.max(0, trigger - 3); k--) {
            if (BE.contains(view.lower(k))) {
                return true;
            }
            if (!view.pos(k).startsWith("RB")) {
                break;
            }
        }
        return view.lower(trigger - 1).equals(","); // "X, appointed by Y"
    }

    /** The person acting or acted upon before the trigger: nearest named person, or the person a pronoun refers to. */
    private static Optional<String> subject(SentenceView view, int trigger, String lastPerson) {
        EntityMention nearest = null;
        for (EntityMention m : view.mentions(EntityType.PERSON)) {
            if (m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= MAX_SUBJECT_DISTANCE) {
                nearest = m;
            }
        }
        int pronoun = -1;
        for (int k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
            if (PRONOUNS.contains(view.lower(k)) && !view.lower(k).equals("who")) {
                pronoun = k;
                break;
            }
        }
        if (pronoun >= 0 && (nearest == null || nearest.tokenEnd() <= pronoun)) {
            return Optional.ofNullable(nearest != null ? nearest.canonical() : lastPerson);
        }
        return Optional.ofNullable(nearest).map(EntityMention::canonical);
    }

    private static Optional<String> objectPronoun(SentenceView view, int trigger, String lastPerson) {
        String next = view.lower(trigger + 1);
        if (next.equals("him") || next.equals("her")) {
            return Optional.ofNullable(lastPerson);
        }
        return Optional.empty();
    }

    /** The person right after {@code word} ("by Putin", "with Yuri Borisov") following the trigger. */
    private static Optional<String> after(SentenceView view, int trigger, String word) {
        for (int k = trigger + 1; k < view.size(); k++) {
            if (view.lower(k).equals(word)) {
                int at = k + 1;
                return view.mentions(EntityType.PERSON).stream()
                        .filter(m -> m.tokenStart() >= at && m.tokenStart() <= at + 3)
                        .map(EntityMention::canonical).findFirst();
            }
        }
        return Optional.empty();
    }

    /** "head of O", "O chief", "O's new CEO"; a country for government posts ("Deputy Prime Minister of Russia"). */
    private static Optional<String> organizationOf(SentenceView view, RolePhrase role) {
        for (EntityMention m : view.mentions()) {
            boolean organization = m.type() == EntityType.AGENCY || m.type() == EntityType.ORGANIZATION
                    || (m.type() == EntityType.PLACE && role.isGovernmentPost());
            if (!organization) {
                continue;
            }
            int gapAfter = m.tokenStart() - role.end();
            boolean ofO = gapAfter >= 1 && gapAfter <= 3 && view.find(Set.of("of", "at"), role.end(), m.tokenStart()) >= 0;
            int gapBefore = role.start() - m.tokenEnd();
            boolean oRole = gapBefore >= 0 && gapBefore <= 3
                    && (gapBefore == 0 || view.find(Set.of("'s", "new", "next", "former", "its", "as"), m.tokenEnd(), role.start()) >= 0);
            if (ofO || oRole) {
                return Optional.of(m.canonical());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> anyOrganization(SentenceView view, String appointer) {
        return view.mentions().stream()
                .filter(m -> m.type() == EntityType.AGENCY || m.type() == EntityType.ORGANIZATION)
                .map(EntityMention::canonical).filter(o -> !o.equals(appointer)).findFirst();
    }

    /** The agency or company the article mentions most: the default home of a post named without one. */
    private static String mainOrganization(ResolvedArticle article) {
        return article.entities().stream()
                .filter(e -> e.type() == EntityType.AGENCY || e.type() == EntityType.ORGANIZATION)
                .max((a, b) -> Integer.compare(a.mentions(), b.mentions()))
                .map(e -> e.name()).orElse(null);
    }

    private static void putIfPresent(Map<String, Object> args, String slot, String value) {
        if (value != null) {
            args.put(slot, value);
        }
    }
}
