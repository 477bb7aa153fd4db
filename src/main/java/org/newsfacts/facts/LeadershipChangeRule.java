package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Who replaced whom at the head of which organisation. A {@link LeadershipTrigger} assigns the people
 * around it to incoming, outgoing and appointed_by by its kind and voice ("P replaced Y with Z", "Z was
 * named R of O by P", "Y stepped down as R", "the appointment of Z as R"); {@link PostLocator} finds the
 * post and its organisation. Hedged clauses ("could be replaced") give nothing.
 */
public final class LeadershipChangeRule implements FactRule {
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "where");
    private static final Set<String> APPOINTEE = Set.of("appointee", "nominee", "pick", "choice");
    private static final Set<String> APPOINTING_VERBS = Set.of("appoint", "name", "nominate", "tap", "pick", "choose", "select");
    private static final Set<String> HEAD_VERBS = Set.of("head", "lead");
    private static final Set<String> POST_NOUNS = Set.of("post", "office", "helm", "reins", "position", "job", "role");
    private static final int MAX_SUBJECT_DISTANCE = 15;
    private static final int MAX_OBJECT_DISTANCE = 8;

    private final Lexicons lexicons;
    private final PostLocator posts;

    public LeadershipChangeRule(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.posts = new PostLocator(lexicons);
    }

    @Override
    public FactType type() {
        return FactType.LEADERSHIP_CHANGE;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> facts = new ArrayList<>();
        java.util.Set<Integer> announced = new java.util.HashSet<>();
        Map<String, String> homes = new java.util.HashMap<>();
        String mainOrganization = mainOrganization(article);
        Map<String, Integer> personCounts = new TreeMap<>();
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            String protagonist = personCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            view.mentions(EntityType.PERSON).forEach(p -> personCounts.merge(p.canonical(), 1, Integer::sum));
            if (!view.missions().isEmpty() || view.contains(lexicons.crewRoles())) {
                continue; // crew and station commands are not leadership of an organisation
            }
            for (int i = 0; i < view.size(); i++) {
                Optional<LeadershipTrigger> trigger = LeadershipTrigger.at(view, i, lexicons);
                if (trigger.isPresent() && !view.hedged(lexicons.hedges(), i - 8, i + 3)) {
                    List<Fact> read = read(article, view, trigger.get(), protagonist, mainOrganization, homes);
                    read.forEach(f -> remember(homes, f));
                    if (!read.isEmpty() && announcedNow(view, i)) {
                        announced.add(view.sentence().start());
                    }
                    facts.addAll(read);
                }
            }
        }
        // a change told in the present ("names", "has appointed") and dated nowhere in the text is the day's news;
        // an effective date stated elsewhere ("takes up the post on July 1") wins, hence after merging
        return new FactMerger().merge(facts).stream()
                .map(f -> f.date() == null && announced.contains(f.evidence().start()) && article.article().date() != null
                        ? FactFactory.withArgs(f, f.args(), article.article().date()) : f)
                .toList();
    }

    private List<Fact> read(ResolvedArticle article, SentenceView view, LeadershipTrigger trigger, String protagonist,
                            String mainOrganization, Map<String, String> homes) {
        int t = trigger.token();
        Optional<String> subject = subject(view, t, protagonist);
        Optional<String> by = personAfter(view, t, "by");
        Optional<String> with = personAfter(view, t, "with");
        Optional<String> object = trigger.nominal() && !trigger.kind().equals("NEW") ? personAfter(view, t, "of")
                : firstObject(view, t, by, with, protagonist);
        String incoming = null;
        String outgoing = null;
        String appointer = null;
        switch (trigger.kind()) {
            case "APPOINT" -> {
                incoming = trigger.passive() ? subject.orElse(null) : object.orElse(null);
                appointer = trigger.passive() ? by.orElse(null) : subject.orElse(null);
            }
            case "REPLACE" -> {
                if (trigger.passive()) {
                    outgoing = subject.orElse(null);
                    incoming = by.orElse(null);
                } else if (with.isPresent()) {
                    appointer = subject.orElse(null);
                    outgoing = object.orElse(null);
                    incoming = with.get();
                } else {
                    incoming = subject.orElse(null);
                    outgoing = object.orElse(null);
                }
            }
            case "SUCCEED" -> {
                incoming = trigger.passive() ? by.orElse(null) : subject.orElse(null);
                outgoing = trigger.passive() ? subject.orElse(null) : object.orElse(null);
            }
            case "DEPART" -> outgoing = subject.orElse(null);
            case "TAKE" -> incoming = subject.orElse(null);
            case "NEW" -> incoming = newHead(view, t).orElse(null);
            default -> throw new IllegalStateException("unknown trigger kind " + trigger.kind());
        }
        if (incoming == null && outgoing == null || (incoming != null && incoming.equals(outgoing))) {
            return List.of();
        }
        Optional<RolePhrase> role = trigger.kind().equals("NEW") ? newPost(view, t)
                : HEAD_VERBS.contains(view.lemma(t)) ? Optional.of(new RolePhrase(t, t + 1, "head")) // "to head O"
                : posts.role(view, t, !trigger.passive() && Set.of("REPLACE", "SUCCEED").contains(trigger.kind()));
        boolean roleOptional = trigger.kind().equals("REPLACE") || trigger.kind().equals("SUCCEED")
                || (trigger.kind().equals("APPOINT") && trigger.passive()) || view.lemma(t).equals("take");
        boolean namesAPost = view.find(POST_NOUNS, t + 1, t + 4) >= 0; // "take up the post", "took office"
        if (role.isEmpty() && (!roleOptional || (aboutFlights(view) && !namesAPost))) {
            return List.of(); // "left", "named", "was chosen" with no post in sight are not about leadership
        }
        // who leaves or takes a post works where the sentence's organisation is; so does a post-less appointee
        // ("O hailed the progress under A, who was appointed in 2018"); an appointing subject is not the employer
        boolean subjectIsEmployer = trigger.kind().equals("DEPART") || trigger.kind().equals("TAKE")
                || trigger.kind().equals("NEW") || role.isEmpty();
        // a post with no organisation in sight is at the place the article already put this person
        String home = java.util.stream.Stream.of(incoming, outgoing).filter(java.util.Objects::nonNull)
                .map(homes::get).filter(java.util.Objects::nonNull).findFirst().orElse(mainOrganization);
        Optional<String> organization = posts.organization(view, role, t, home, subjectIsEmployer);
        if (organization.isEmpty()) {
            return List.of();
        }
        if (appointer == null && incoming != null) {
            appointer = appointerOf(view, incoming).orElse(null);
        }
        if (appointer == null && APPOINTING_VERBS.contains(view.lemma(t)) || trigger.nominal()) {
            appointer = appointingBody(view, t, organization.get()).orElse(appointer);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("organization", organization.get());
        role.ifPresent(r -> args.put("role", r.role()));
        putIfPresent(args, "outgoing", outgoing);
        putIfPresent(args, "incoming", incoming);
        if (appointer != null && !appointer.equals(incoming) && !appointer.equals(outgoing)) {
            args.put("appointed_by", appointer);
        }
        String date = trigger.kind().equals("NEW") ? null : date(view, t); // "new chief A said in April" dates the saying
        List<Fact> facts = new ArrayList<>();
        facts.add(FactFactory.create(article, type(), args, date, view.sentence(), 0.8));
        if (trigger.kind().equals("APPOINT") && role.isPresent() && incoming != null) {
            for (RolePhrase further : posts.furtherRoles(view, role.get())) {
                Optional<String> furtherOrganization = posts.attached(view, further, t);
                if (furtherOrganization.isPresent() && !furtherOrganization.get().equals(organization.get())) {
                    Map<String, Object> more = new LinkedHashMap<>(args);
                    more.put("organization", furtherOrganization.get());
                    more.put("role", further.role());
                    facts.add(FactFactory.create(article, type(), more, date, view.sentence(), 0.7));
                }
            }
        }
        return facts;
    }

    /** Crews are "chosen" and "named" too: a post-less appointment in a sentence about flying is not leadership. */
    private boolean aboutFlights(SentenceView view) {
        return view.contains(Set.of("launch", "fly", "flight", "spaceflight", "mission", "crew", "seat"))
                || view.contains(lexicons.astronautNouns());
    }

    /** The person acting or acted upon before the trigger: the nearest name, or whom "he"/"she" stands for. */
    private static Optional<String> subject(SentenceView view, int trigger, String protagonist) {
        EntityMention nearest = null;
        for (EntityMention m : view.mentions(EntityType.PERSON)) {
            if (m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= MAX_SUBJECT_DISTANCE && !possessive(view, m)) {
                nearest = m;
            }
        }
        int pronoun = view.find(PRONOUNS, trigger - 4, trigger);
        if (pronoun >= 0 && (nearest == null || nearest.tokenEnd() <= pronoun)) {
            // "he" is the last person named before it in the sentence, else the story's main person
            return view.mentions(EntityType.PERSON).stream()
                    .filter(m -> m.tokenEnd() <= pronoun && !possessive(view, m))
                    .reduce((a, b) -> b).map(EntityMention::canonical)
                    .or(() -> Optional.ofNullable(protagonist));
        }
        return Optional.ofNullable(nearest).map(EntityMention::canonical);
    }

    /** The first person after the trigger who is not a possessive ("Trump's appointee A" names A) nor the by/with person. */
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

    private static boolean possessive(SentenceView view, EntityMention m) {
        return view.lower(m.tokenEnd()).equals("'s") || view.lower(m.tokenEnd()).equals("'");
    }

    /** The person right after {@code word} ("by Putin", "with Yuri Borisov") following the trigger. */
    private static Optional<String> personAfter(SentenceView view, int trigger, String word) {
        int at = view.find(Set.of(word), trigger + 1, view.size());
        if (at < 0) {
            return Optional.empty();
        }
        return view.mentions(EntityType.PERSON).stream()
                .filter(m -> m.tokenStart() > at && m.tokenStart() <= at + 3)
                .map(EntityMention::canonical).findFirst();
    }

    private static void remember(Map<String, String> homes, Fact fact) {
        for (String side : List.of("incoming", "outgoing")) {
            Object person = fact.args().get(side);
            if (person instanceof String name) {
                homes.putIfAbsent(name, (String) fact.args().get("organization"));
            }
        }
    }

    /** The post right after "new". */
    private Optional<RolePhrase> newPost(SentenceView view, int newWord) {
        return RolePhrase.findAll(view, lexicons).stream().filter(r -> r.start() <= newWord + 1 && r.end() > newWord).findFirst();
    }

    /** The person a "new chief" phrase names: right after the post, or before ", the new head". */
    private Optional<String> newHead(SentenceView view, int newWord) {
        Optional<String> after = newPost(view, newWord).flatMap(r -> view.mentionAt(r.end()))
                .filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical);
        return after.or(() -> view.mentionAt(newWord - 3).filter(m -> m.type() == EntityType.PERSON).map(EntityMention::canonical));
    }

    /** "Trump's appointee A": the possessor appointed A. */
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

    /** "The cabinet committee approved the appointment of A": a body, not the organisation itself, appointed A. */
    private static Optional<String> appointingBody(SentenceView view, int trigger, String organization) {
        return view.mentions().stream()
                .filter(m -> PostLocator.isOrganization(m.type()) && m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= 6)
                .map(EntityMention::canonical).filter(o -> !o.equals(organization)).reduce((a, b) -> b);
    }

    /** Present or present perfect ("names", "has appointed", "has approved the appointment"): news of the day. */
    private static boolean announcedNow(SentenceView view, int trigger) {
        int verb = trigger;
        if (view.lower(trigger + 1).equals("of") && view.pos(trigger).startsWith("NN")) {
            verb = trigger - 2; // "has approved the appointment of"
            while (verb >= 0 && !view.pos(verb).startsWith("VB")) {
                verb--;
            }
        }
        String pos = view.pos(verb);
        boolean perfect = pos.equals("VBN") && Set.of("has", "have").contains(view.lower(verb - 1));
        return perfect || pos.equals("VBZ") || pos.equals("VBP");
    }

    /** The date nearest the trigger, leaving out dates of a relative clause after it ("A, who joined in 2015"). */
    private static String date(SentenceView view, int trigger) {
        int relative = view.find(RELATIVE, trigger + 1, view.size());
        int limit = relative < 0 ? view.size() : relative;
        return view.mentions(EntityType.DATE).stream()
                .filter(m -> m.tokenStart() < limit && SentenceView.isFactDate(m.canonical()))
                .min(Comparator.comparingInt(m -> SentenceView.distance(m, trigger)))
                .map(EntityMention::canonical).orElse(null);
    }

    /** The agency or company the article mentions most: the default home of a post named without one. */
    private static String mainOrganization(ResolvedArticle article) {
        return article.entities().stream()
                .filter(e -> PostLocator.isOrganization(e.type()))
                .max(Comparator.comparingInt(e -> e.mentions()))
                .map(e -> e.name()).orElse(null);
    }

    private static void putIfPresent(Map<String, Object> args, String slot, String value) {
        if (value != null) {
            args.put(slot, value);
        }
    }
}
