package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.newsfacts.facts.pattern.SentenceGraph;
import org.newsfacts.model.Dependency;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Slot;
import org.newsfacts.model.Slots;

/**
 * Who replaced whom at the head of which organisation. A {@link LeadershipTrigger} assigns the people
 * around it to incoming, outgoing and appointed_by by its kind and voice ("P replaced Y with Z", "Z was
 * named R of O by P", "Y stepped down as R", "the appointment of Z as R"); {@link PostLocator} finds the
 * post and its organisation. Hedged clauses ("could be replaced") give nothing.
 */
public final class LeadershipChangeRule implements FactRule {
    private static final Set<String> RELATIVE = Set.of("who", "which", "whose", "where");
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    private static final Set<String> FORMER = Set.of("former", "ex", "onetime", "erstwhile");
    private static final Set<TriggerKind> LEAVING = Set.of(TriggerKind.DEPART, TriggerKind.DISMISS);
    /** Appointing verbs whose subject approves or swears in someone another body chose: not the appointer. */
    private static final Set<String> ONLY_CONFIRMING = Set.of("confirm", "swear");
    private static final Set<String> EFFECTIVE = Set.of("effective", "from", "starting", "beginning", "effect");
    private static final Set<String> CREW_POSTS = Set.of("commander", "pilot", "specialist", "engineer", "crewmate",
            "crewmember", "command");
    private static final Set<String> HEAD_VERBS = Set.of("head", "lead");

    private final Lexicons lexicons;
    private final PostLocator posts;
    private final LeadershipPatterns patterns;
    private final FactMerger merger;

    public LeadershipChangeRule(Lexicons lexicons) {
        this(lexicons, FactPatterns.bundled(lexicons));
    }

    public LeadershipChangeRule(Lexicons lexicons, FactPatterns patterns) {
        this.lexicons = lexicons;
        this.posts = new PostLocator(lexicons);
        this.patterns = new LeadershipPatterns(patterns.leadership(), lexicons);
        this.merger = new FactMerger(TemporaryPosts.of(lexicons));
    }

    @Override
    public FactType type() {
        return FactType.LEADERSHIP_CHANGE;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        List<Fact> facts = new ArrayList<>();
        Set<Integer> announced = new HashSet<>();
        Map<String, String> homes = new HashMap<>();
        List<String> mainOrganizations = mainOrganizations(article);
        OrganizationNames names = OrganizationNames.of(article);
        Map<String, Integer> personCounts = new TreeMap<>();
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            String protagonist = personCounts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            view.mentions(EntityType.PERSON).forEach(p -> personCounts.merge(p.canonical(), 1, Integer::sum));
            if (view.contains(CREW_POSTS)) {
                continue; // crew and station commands are not leadership of an organisation
            }
            List<Fact> inSentence = new ArrayList<>();
            List<String> leavers = new ArrayList<>();
            List<LeadershipTrigger> triggers = new ArrayList<>();
            for (int i = 0; i < view.size(); i++) {
                LeadershipTrigger.at(view, i, lexicons).ifPresent(triggers::add);
            }
            Optional<String> employer = appointingEmployer(view, triggers);
            for (LeadershipTrigger trigger : triggers) {
                int i = trigger.token();
                if (!view.hedged(lexicons.hedges(), i - 8, i + 3) && !conditional(view, i)) {
                    List<Fact> read = read(article, view, trigger, protagonist, employer, mainOrganizations, homes, names);
                    read.forEach(f -> remember(homes, f));
                    if (!read.isEmpty() && announcedNow(view, i)) {
                        announced.add(view.sentence().start());
                    }
                    if (read.isEmpty() && LEAVING.contains(trigger.kind())) {
                        Optional.ofNullable(ChangeParticipants.of(view, trigger, protagonist, lexicons).outgoing())
                                .ifPresent(leavers::add);
                    }
                    inSentence.addAll(read);
                }
            }
            facts.addAll(patterns.complete(view, withLeavers(inSentence, leavers)));
        }
        // a change told in the present ("names", "has appointed") and dated nowhere in the text is the day's news;
        // an effective date stated elsewhere ("takes up the post on July 1") wins, hence after merging
        return merger.merge(facts).stream()
                .map(f -> f.date() == null && announced.contains(f.evidence().start()) && article.article().date() != null
                        ? FactFactory.withArgs(f, f.args(), article.article().date()) : f)
                .toList();
    }

    private List<Fact> read(ResolvedArticle article, SentenceView view, LeadershipTrigger trigger, String protagonist,
                            Optional<String> employer, List<String> mainOrganizations, Map<String, String> homes,
                            OrganizationNames names) {
        int t = trigger.token();
        ChangeParticipants people = ChangeParticipants.of(view, trigger, protagonist, lexicons);
        String incoming = people.incoming();
        String outgoing = people.outgoing();
        String appointer = people.appointer();
        if (!people.isChange()) {
            return List.of();
        }
        TriggerKind kind = trigger.kind();
        boolean inCharge = LeadershipTrigger.inChargeFromNow(view, t, lexicons);
        Optional<RolePhrase> role = kind == TriggerKind.NEW ? ChangeParticipants.newPost(view, t, lexicons)
                : HEAD_VERBS.contains(view.lemma(t)) ? Optional.of(new RolePhrase(t, t + 1, "head")) // "to head O"
                : inCharge ? chargeRole(view, t) // "in caretaker charge": a caretaker
                : posts.role(view, t, kind, trigger.passive());
        boolean roleOptional = kind.objectHeldThePost() || (kind == TriggerKind.APPOINT && trigger.passive())
                || view.lemma(t).equals("take") || inCharge || kind == TriggerKind.HAND_OVER;
        boolean namesAPost = view.find(lexicons.postNouns(), t + 1, t + 4) >= 0; // "take up the post", "took office"
        if (role.isEmpty() && (!roleOptional || (aboutFlights(view) && !namesAPost))) {
            return List.of(); // "left", "named", "was chosen" with no post in sight are not about leadership
        }
        // who leaves or takes a post works where the sentence's organisation is; so does a post-less appointee
        // ("O hailed the progress under A, who was appointed in 2018"); an appointing subject is not the employer
        boolean subjectIsEmployer = kind.subjectIsEmployer() || role.isEmpty();
        // a post with no organisation in sight is at the place the article already put this person
        // ... unless an organisation appoints in the sentence: its posts are its own
        String appointee = incoming;
        Optional<String> known = Stream.of(incoming, outgoing).filter(Objects::nonNull)
                .map(homes::get).filter(Objects::nonNull).findFirst();
        String home = employer.or(() -> known)
                .orElseGet(() -> mainOrganizations.stream().filter(o -> !formerEmployer(view, o, appointee)).findFirst().orElse(null));
        if (kind == TriggerKind.DEPART && role.isPresent() && posts.leavesFor(view, role.get())) {
            incoming = outgoing; // "A is leaving O to become chief of P": A's next post
            outgoing = null;
        }
        Optional<String> organization = posts.organization(view, role, t, home, subjectIsEmployer)
                .map(names::full);
        if (organization.isEmpty()) {
            return List.of();
        }
        if (appointer == null && kind == TriggerKind.APPOINT && !ONLY_CONFIRMING.contains(view.lemma(t)) || trigger.nominal()) {
            appointer = appointingBody(view, t, organization.get()).orElse(appointer);
        }
        Map<String, Object> args = new LinkedHashMap<>();
        Slots.ORGANIZATION.put(args, organization.get());
        role.ifPresent(r -> Slots.ROLE.put(args, r.role()));
        Slots.OUTGOING.putIfPresent(args, outgoing);
        Slots.INCOMING.putIfPresent(args, incoming);
        if (appointer != null && !appointer.equals(incoming) && !appointer.equals(outgoing)) {
            Slots.APPOINTED_BY.put(args, appointer);
        }
        String date = kind == TriggerKind.NEW ? null : date(view, t); // "new chief A said in April" dates the saying
        List<Fact> facts = new ArrayList<>();
        facts.add(FactFactory.create(article, type(), args, date, view.sentence(), 0.8));
        if (kind == TriggerKind.APPOINT && role.isPresent() && incoming != null) {
            for (RolePhrase further : posts.furtherRoles(view, role.get())) {
                Optional<String> furtherOrganization = posts.attached(view, further, t);
                if (furtherOrganization.isPresent() && !furtherOrganization.get().equals(organization.get())) {
                    Map<String, Object> more = new LinkedHashMap<>(args);
                    Slots.ORGANIZATION.put(more, names.full(furtherOrganization.get()));
                    Slots.ROLE.put(more, further.role());
                    facts.add(FactFactory.create(article, type(), more, date, view.sentence(), 0.7));
                }
            }
        }
        return facts;
    }

    /**
     * "B will take charge following the sacking of A": a departure that names no post of its own is the outgoing
     * side of the sentence's change whose incoming holder is named and whose outgoing one is not.
     */
    private static List<Fact> withLeavers(List<Fact> read, List<String> leavers) {
        if (leavers.isEmpty()) {
            return read;
        }
        List<Fact> out = new ArrayList<>();
        for (Fact fact : read) {
            Object incoming = Slots.INCOMING.get(fact.args());
            Optional<String> leaver = leavers.stream().filter(l -> !l.equals(incoming)).findFirst();
            if (incoming != null && Slots.OUTGOING.get(fact.args()) == null && leaver.isPresent()) {
                Map<String, Object> args = new LinkedHashMap<>(fact.args());
                Slots.OUTGOING.put(args, leaver.get());
                out.add(FactFactory.withArgs(fact, args, fact.date()));
            } else {
                out.add(fact);
            }
        }
        return out;
    }

    /**
     * "If confirmed, A would become chief", "If chosen by P and confirmed, A would become the first to lead O": a
     * condition and its main clause are not a fact yet. In a parsed sentence the trigger, or a clause above it
     * (following governors up to a relative clause), has an adverbial clause marked "if" or "unless"; tokens decide
     * too, for a sentence not parsed or parsed wrongly: one opening with the condition, the trigger before its comma
     * or after a modal of the main clause. A relative clause states its own fact ("would succeed B, who took office
     * in 2027"): in the parse, one the walk up from the trigger reaches (with or without a comma before "who"); in
     * the tokens, one still open at the trigger, whatever the parser hung it on.
     */
    private static boolean conditional(SentenceView view, int trigger) {
        if (inOpenRelativeClause(view, trigger)) {
            return false;
        }
        if (view.sentence().parsed()) {
            SentenceGraph graph = new SentenceGraph(view.sentence(), view.mentions());
            Set<Integer> seen = new HashSet<>();
            for (int at = trigger; at >= 0 && seen.add(at); ) {
                if (conditionedAt(graph, at)) {
                    return true;
                }
                List<Dependency> up = graph.governors(at).stream().filter(d -> !d.relation().startsWith("conj")).toList();
                if (up.stream().anyMatch(d -> d.relation().equals("acl:relcl"))) {
                    return false; // "would succeed B who took office in 2027": the relative clause is told as fact
                }
                at = up.stream().mapToInt(Dependency::governor).findFirst().orElse(-1);
            }
        }
        if (!CONDITIONS.contains(view.lower(0))) {
            return false;
        }
        int comma = view.find(Set.of(","), 0, view.size());
        return trigger < comma || view.find(Set.of("would", "could", "will", "might"), comma, trigger) >= 0;
    }

    /** ", who took office in 2027" with no comma closing it before the trigger. */
    private static boolean inOpenRelativeClause(SentenceView view, int trigger) {
        for (int k = trigger - 1; k >= 1; k--) {
            if (view.lower(k).equals(",")) {
                return false;
            }
            if (RELATIVE.contains(view.lower(k)) && view.lower(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static boolean conditionedAt(SentenceGraph graph, int clause) {
        return graph.dependents(clause).stream().filter(d -> d.relation().startsWith("advcl"))
                .anyMatch(d -> CONDITIONS.stream().anyMatch(c -> d.relation().equals("advcl:" + c))
                        || graph.dependents(d.dependent()).stream()
                                .anyMatch(m -> m.relation().equals("mark") && CONDITIONS.contains(graph.lemma(m.dependent()))));
    }

    /** The modifier of "in caretaker charge", "in interim charge" as the post; "in charge" names none. */
    private Optional<RolePhrase> chargeRole(SentenceView view, int charge) {
        return lexicons.roleModifiers().contains(view.lower(charge - 1))
                ? Optional.of(new RolePhrase(charge - 1, charge, view.lower(charge - 1))) : Optional.empty();
    }

    /** Crews are "chosen" and "named" too: a post-less appointment in a sentence about flying is not leadership. */
    private boolean aboutFlights(SentenceView view) {
        Set<String> flying = Set.of("launch", "fly", "flight", "spaceflight", "mission", "crew", "seat");
        for (int i = 0; i < view.size(); i++) {
            boolean cue = view.find(flying, i, i + 1) == i || view.find(lexicons.astronautNouns(), i, i + 1) == i;
            if (cue && !view.inRelativeClause(i)) { // "A, who flew in 2016, will succeed B" is about B's post
                return true;
            }
        }
        return false;
    }

    private static void remember(Map<String, String> homes, Fact fact) {
        for (Slot side : List.of(Slots.INCOMING, Slots.OUTGOING)) {
            Object person = side.get(fact.args());
            if (person instanceof String name) {
                homes.putIfAbsent(name, (String) Slots.ORGANIZATION.get(fact.args()));
            }
        }
    }

    /**
     * "The cabinet committee approved the appointment of A": the body named last before the trigger appointed A,
     * unless it is the organisation itself ("Acme named A its CEO").
     */
    /**
     * The organisation that appoints someone in this sentence, when it is no government body: "Acme Motors named
     * A chief executive after B resigned" makes both A's post and B's Acme Motors' own, whatever organisation the
     * article names most.
     */
    private Optional<String> appointingEmployer(SentenceView view, List<LeadershipTrigger> triggers) {
        for (LeadershipTrigger trigger : triggers) {
            if (trigger.kind() == TriggerKind.APPOINT && !trigger.passive() && !trigger.nominal()
                    && !ONLY_CONFIRMING.contains(view.lemma(trigger.token()))) {
                Optional<String> body = appointingBody(view, trigger.token(), "").filter(o -> !governing(o));
                if (body.isPresent()) {
                    return body;
                }
            }
        }
        return Optional.empty();
    }

    /** A government, cabinet or legislature ({@code governing-bodies.txt}): it appoints to posts elsewhere. */
    private boolean governing(String body) {
        return lexicons.governingBodies().stream().anyMatch(b -> body.equals(b) || body.endsWith(" " + b));
    }

    private static Optional<String> appointingBody(SentenceView view, int trigger, String organization) {
        return view.mentions().stream()
                .filter(m -> m.type().isOrganization() && m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= 6)
                .filter(m -> !PostLocator.creditOrAlias(view, m))
                .reduce((a, b) -> b).map(EntityMention::canonical).filter(o -> !o.equals(organization));
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

    /**
     * The effective date if the sentence gives one ("effective June 1", "from January"), else a date the parse
     * hangs from the trigger ("will take over on April 1", not the "said on Monday" that reports it), else the
     * date nearest the trigger; dates of relative clauses ("A, who joined in 2015") are left out.
     */
    private static String date(SentenceView view, int trigger) {
        int relative = view.find(RELATIVE, trigger + 1, view.size());
        int limit = relative < 0 ? view.size() : relative;
        List<EntityMention> dates = view.mentions(EntityType.DATE).stream()
                .filter(m -> m.tokenStart() < limit && SentenceView.isFactDate(m.canonical())
                        && (m.tokenStart() > trigger || !view.inRelativeClause(m.tokenStart())))
                .toList();
        Comparator<EntityMention> nearest = Comparator.comparingInt(m -> SentenceView.distance(m, trigger));
        return dates.stream().filter(m -> view.find(EFFECTIVE, m.tokenStart() - 2, m.tokenStart()) >= 0).findFirst()
                .or(() -> dates.stream().filter(m -> view.modifies(m, trigger)).min(nearest))
                .or(() -> dates.stream().min(nearest))
                .map(EntityMention::canonical).orElse(null);
    }

    /**
     * The agencies and companies of the article, the most mentioned first: the default home of a post named
     * without one is the first that is not the appointee's former employer.
     */
    private static List<String> mainOrganizations(ResolvedArticle article) {
        return article.entities().stream()
                .filter(e -> e.type().isOrganization())
                .sorted(Comparator.comparingInt((Entity e) -> e.mentions()).reversed())
                .map(Entity::name).toList();
    }

    /** "named former O executive B as deputy chief": O is where B worked, not the post's organisation. */
    private static boolean formerEmployer(SentenceView view, String organization, String incoming) {
        if (incoming == null) {
            return false;
        }
        for (EntityMention person : view.mentions(EntityType.PERSON)) {
            if (!person.canonical().equals(incoming)) {
                continue;
            }
            for (EntityMention m : view.mentions()) {
                boolean before = m.tokenEnd() <= person.tokenStart() && person.tokenStart() - m.tokenEnd() <= 2;
                int k = m.tokenStart() - 1;
                boolean former = FORMER.contains(view.lower(k)) || view.lower(k).startsWith("ex-");
                if (before && former && m.canonical().equals(organization)) {
                    return true;
                }
            }
        }
        return false;
    }

}
