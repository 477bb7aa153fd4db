package org.newsfacts.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;

/**
 * Finds the post a leadership sentence is about and the organisation it belongs to: the role phrase
 * introduced by "as" or "post of" after the trigger, else the nearest one after it, else one before it;
 * then the organisation attached to that role ("head of O", "O chief", "O's CEO", "its CEO"), else the
 * nearest organisation before the trigger that no other role claims, else the article's main one.
 */
final class PostLocator {
    private static final Set<String> PAST = Set.of("former", "then", "ex", "previous", "erstwhile");
    private static final Set<String> INTRODUCERS = Set.of("as", "of", "to", "be");
    private static final Set<String> OF_GAP = Set.of("of", "at", "the", ",", "for");
    private static final Set<String> BEFORE_GAP = Set.of("'s", "new", "next", "its", "as", "'", "interim", "acting");
    private static final Set<String> ANAPHORIC = Set.of("agency", "company", "corporation", "organization",
            "organisation", "firm", "group", "administration");
    private static final Set<String> CLAUSE_STARTS = Set.of("who", "which", "he", "she", "they");
    private static final int NEAREST_ORG_REACH = 15;

    private final Lexicons lexicons;

    PostLocator(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The role phrase this trigger is about, if the sentence names one. A post in a relative clause after the
     * trigger ("replaces B, who leaves to be director of O") is someone else's; a title before the trigger is the
     * post only when its holder is the one leaving ("Deputy Director A stepped down").
     */
    Optional<RolePhrase> role(SentenceView view, int trigger, TriggerKind kind, boolean passive) {
        boolean titleOfReplaced = !passive && kind.objectsTitleIsThePost();
        boolean holderLeaves = kind.subjectLeaves(passive);
        List<RolePhrase> roles = RolePhrase.findAll(view, lexicons).stream()
                .filter(r -> !isPast(view, r) && !(r.start() > trigger && relativeClauseBetween(view, trigger, r.start())))
                .filter(r -> !introducer(view, r).equals("by")) // "nominated by the president to be R": the appointer
                .toList();
        if (titleOfReplaced && kind != TriggerKind.DISMISS) { // "A replaces Acting Director B": B's title is the post that changes hands
            Optional<RolePhrase> title = roles.stream().filter(r -> r.start() > trigger && isTitle(view, r)).findFirst();
            if (title.isPresent()) {
                return title;
            }
        }
        Optional<RolePhrase> introduced = roles.stream()
                .filter(r -> r.start() > trigger && INTRODUCERS.contains(introducer(view, r)))
                .findFirst();
        // after the trigger, a title right before a name ("Center Director A") is A's old job, not the new post;
        // before it, only "served as R" or a title ("Deputy Director A stepped down") is the post in question
        if (introduced.isEmpty() && titleOfReplaced) { // "the club sacked manager B"
            Optional<RolePhrase> title = roles.stream().filter(r -> r.start() > trigger && isTitle(view, r)).findFirst();
            if (title.isPresent()) {
                return title;
            }
        }
        return introduced
                .or(() -> roles.stream().filter(r -> r.start() > trigger && !isTitle(view, r) && !isApposition(view, r)).findFirst())
                .or(() -> roles.stream().filter(r -> r.end() <= trigger && introducer(view, r).equals("as")).reduce((a, b) -> b))
                .or(() -> roles.stream().filter(r -> holderLeaves && r.end() <= trigger && isTitle(view, r)).reduce((a, b) -> b));
    }

    /** ", who ...", ", which ..." or a new clause ", she ..." between the trigger and a post: the post is another's. */
    private static boolean relativeClauseBetween(SentenceView view, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CLAUSE_STARTS.contains(view.lower(k)) && view.lower(k - 1).equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** "leaves O to become chief of P", "departs to be the director of P": the post the leaver moves to. */
    boolean leavesFor(SentenceView view, RolePhrase role) {
        int k = role.start() - 1;
        while (k >= 0 && Set.of("the", "a", "an", "its", "new", "next").contains(view.lower(k))) {
            k--;
        }
        return Set.of("be", "become", "head", "lead", "run").contains(view.lower(k)) && view.lower(k - 1).equals("to");
    }

    /** Further posts given in the same breath, joined by "and": "appointed A director of O1 and chair of O2". */
    List<RolePhrase> furtherRoles(SentenceView view, RolePhrase first) {
        return RolePhrase.findAll(view, lexicons).stream()
                .filter(r -> r.start() > first.end() && view.lower(r.start() - 1).equals("and") && !isTitle(view, r))
                .toList();
    }

    /** "A, currently chief operating officer": a description of A, not the post that changes hands. */
    private static boolean isApposition(SentenceView view, RolePhrase role) {
        int k = role.start() - 1;
        while (k >= 0 && Set.of("currently", "now", "a", "an", "the", "its", "formerly").contains(view.lower(k))) {
            k--;
        }
        return k > 0 && view.lower(k).equals(",") && view.mentionAt(k - 1).filter(m -> m.type() == EntityType.PERSON).isPresent();
    }

    /** "Director A", or "its president, A,": the role names the person right after it. */
    private static boolean isTitle(SentenceView view, RolePhrase role) {
        int end = role.end();
        if (view.lower(end).equals("of")) { // "the governor of O, A, resigned": the name is the post's apposition
            int k = view.pos(end + 1).equals("DT") ? end + 2 : end + 1;
            Optional<EntityMention> organization = view.mentionAt(k).filter(m -> m.tokenStart() == k && (m.type().isOrganization() || m.type() == EntityType.PLACE));
            if (organization.isEmpty() || !view.lower(organization.get().tokenEnd()).equals(",")) {
                return false;
            }
            end = organization.get().tokenEnd();
        }
        int next = view.lower(end).equals(",") ? end + 1 : end;
        return view.mentionAt(next).filter(m -> m.type() == EntityType.PERSON).isPresent();
    }

    /**
     * The organisation the post belongs to.
     *
     * @param subjectIsEmployer whether an organisation before the trigger is the one the post is at ("O said
     *                          A will step down") rather than the one appointing ("the cabinet named A")
     */
    Optional<String> organization(SentenceView view, Optional<RolePhrase> role, int trigger, String mainOrganization,
                                  boolean subjectIsEmployer) {
        if (role.isPresent()) {
            Optional<String> attached = attached(view, role.get(), trigger);
            if (attached.isPresent()) {
                return attached;
            }
            if (ANAPHORIC.contains(view.lower(role.get().end() + 2)) && view.lower(role.get().end()).equals("of")) {
                return Optional.ofNullable(mainOrganization); // "president of the agency"
            }
        }
        if (!subjectIsEmployer) {
            return Optional.ofNullable(mainOrganization);
        }
        List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
        Optional<String> nearest = view.mentions().stream()
                .filter(m -> m.type().isOrganization() && m.tokenEnd() <= trigger && trigger - m.tokenEnd() <= NEAREST_ORG_REACH)
                .filter(m -> !view.lower(m.tokenStart() - 1).equals("by") && !view.lower(m.tokenStart() - 2).equals("by"))
                .filter(m -> roles.stream().noneMatch(r -> attaches(view, r, m)))
                .reduce((a, b) -> b).map(EntityMention::canonical);
        return nearest.or(() -> Optional.ofNullable(mainOrganization));
    }

    /** The organisation a role phrase names itself: "head of O", "O chief", "its CEO". */
    Optional<String> attached(SentenceView view, RolePhrase role, int trigger) {
        for (EntityMention m : view.mentions()) {
            boolean candidate = m.type().isOrganization() || m.type() == EntityType.PLACE;
            if (candidate && attaches(view, role, m) && (m.type() != EntityType.PLACE || m.tokenStart() >= role.end())) {
                return Optional.of(m.canonical());
            }
        }
        int before = role.start() - 1;
        if (Set.of("its", "their").contains(view.lower(before)) || Set.of("its", "their").contains(view.lower(before - 1))) {
            return view.mentions().stream()
                    .filter(m -> m.type().isOrganization() && m.tokenEnd() <= Math.min(trigger, role.start()))
                    .reduce((a, b) -> b).map(EntityMention::canonical); // "Acme Foods named A as its next CEO"
        }
        return Optional.empty();
    }

    /** "R of O", "R at O", "R, O", "O R", "O's R", "O's new R". */
    private static boolean attaches(SentenceView view, RolePhrase role, EntityMention m) {
        int gapAfter = m.tokenStart() - role.end();
        if (gapAfter >= 0 && gapAfter <= 3) {
            boolean onlyJoiners = true;
            for (int k = role.end(); k < m.tokenStart(); k++) {
                onlyJoiners &= OF_GAP.contains(view.lower(k));
            }
            if (onlyJoiners && (gapAfter > 0 || role.role().equalsIgnoreCase("head"))) {
                return true;
            }
        }
        int gapBefore = role.start() - m.tokenEnd();
        if (gapBefore >= 0 && gapBefore <= 3 && m.type() != EntityType.PLACE) {
            for (int k = m.tokenEnd(); k < role.start(); k++) {
                if (!BEFORE_GAP.contains(view.lower(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static String introducer(SentenceView view, RolePhrase role) {
        int k = role.start() - 1;
        while (k >= 0 && Set.of("the", "a", "an", "its", "new", "next", "post", "position", "role", "job").contains(view.lower(k))) {
            k--;
        }
        return view.lower(k);
    }

    private static boolean isPast(SentenceView view, RolePhrase role) {
        for (int k = Math.max(0, role.start() - 2); k < role.start(); k++) {
            String w = view.lower(k);
            if (PAST.contains(w) || w.startsWith("then-") || w.startsWith("ex-")) {
                return true;
            }
        }
        return false;
    }

    /**
     * An organisation in parentheses that only credits a source ("PARIS (Wire Service) -") or repeats the name
     * before it ("Acme Motor Corporation (Acme)"): neither signs, appoints nor employs anyone.
     */
    static boolean creditOrAlias(SentenceView view, EntityMention m) {
        boolean enclosed = Set.of("(", "-lrb-").contains(view.lower(m.tokenStart() - 1))
                && Set.of(")", "-rrb-").contains(view.lower(m.tokenEnd()));
        if (!enclosed) {
            return false;
        }
        String after = view.lower(m.tokenEnd() + 1);
        boolean credit = after.startsWith("-") || after.startsWith("\u2014") || after.startsWith("\u2013");
        boolean alias = view.mentionAt(m.tokenStart() - 2).filter(o -> o.type().isOrganization()).isPresent();
        return credit || alias;
    }
}
