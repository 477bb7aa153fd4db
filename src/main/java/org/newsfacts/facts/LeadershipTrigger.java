package org.newsfacts.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsfacts.model.EntityType;

/**
 * A word that states a change at the head of an organisation, with its {@link TriggerKind}. Phrasal verbs
 * decide by their particle: "step down" departs, "step in" takes; "take" counts only as "take over", "take
 * office", "take the helm"; "lead", "head" and "serve as" only in the future ("will serve as interim CEO");
 * verbs of motion ("move", "rise") only when they move into a post ("rose to chief executive"). A change noun names its person in an of-phrase ("the resignation of A") or, after a possessive
 * or a verb ("A announced her resignation", "A bade farewell"), in the sentence's subject.
 */
record LeadershipTrigger(int token, TriggerKind kind, boolean passive, boolean nominal) {
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "'s", "got", "get");
    private static final Set<String> STEP_DOWN = Set.of("down", "aside", "out");
    private static final Set<String> STEP_IN = Set.of("in", "up", "into");
    private static final Set<String> TAKE_OBJECTS = Set.of("over", "office", "helm", "reins", "charge", "as", "up", "post");
    private static final Set<String> MOTION = Set.of("move", "rise", "ascend", "advance");
    private static final Set<String> INTO = Set.of("to", "into");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its");
    private static final Set<String> NEW = Set.of("new", "incoming");
    private static final Set<String> FUTURE = Set.of("to", "will", "would", "shall");
    /** What is handed on with a post: "handed over the reins to B", "passed the baton to B". */
    private static final Set<String> HANDED = Set.of("reins", "helm", "baton", "leadership");

    static Optional<LeadershipTrigger> at(SentenceView view, int i, Lexicons lexicons) {
        if (inChargeFromNow(view, i, lexicons)) {
            return Optional.of(new LeadershipTrigger(i, TriggerKind.TAKE, false, false)); // "B is to be in interim charge"
        }
        if (NEW.contains(view.lower(i)) && newHeadNamed(view, i, lexicons)) {
            return Optional.of(new LeadershipTrigger(i, TriggerKind.NEW, false, true)); // "O's new chief A", "A, the new head of O"
        }
        TriggerKind nominal = lexicons.leadershipNominals().get(view.lower(i));
        if (nominal != null && view.pos(i).startsWith("NN")) {
            if (view.lower(i + 1).equals("of")) {
                return Optional.of(new LeadershipTrigger(i, nominal, false, true)); // "following the departure of A"
            }
            boolean ownDeed = POSSESSIVES.contains(view.lower(i - 1)) || view.pos(i - 1).startsWith("VB");
            if (nominal == TriggerKind.DEPART && ownDeed) {
                return Optional.of(new LeadershipTrigger(i, nominal, false, false)); // "A tendered his resignation"
            }
            return Optional.empty();
        }
        TriggerKind kind = lexicons.leadershipTriggers().get(view.lemma(i));
        if (kind == null || !view.pos(i).startsWith("VB")) {
            return Optional.empty();
        }
        if (view.pos(i).equals("VBG") && view.lower(i - 1).equals(",") && (kind == TriggerKind.TAKE || kind == TriggerKind.DEPART)) {
            return Optional.empty(); // "..., taking over as CEO": a participle whose subject is the main clause's
        }
        String lemma = view.lemma(i);
        if (lemma.equals("step")) {
            kind = STEP_DOWN.contains(view.lower(i + 1)) ? TriggerKind.DEPART : STEP_IN.contains(view.lower(i + 1)) ? TriggerKind.TAKE : null;
        } else if (lemma.equals("take")) {
            kind = view.find(TAKE_OBJECTS, i + 1, i + 4) >= 0 ? TriggerKind.TAKE : null;
        } else if (MOTION.contains(lemma)) {
            kind = movesIntoPost(view, i, lexicons) ? TriggerKind.TAKE : null;
        } else if (lemma.equals("lead") || lemma.equals("head")) {
            // "to lead NASA", "will head the agency": taking a post; "led the company through" is a tenure
            kind = FUTURE.contains(view.lower(i - 1)) ? TriggerKind.TAKE : null;
        } else if (kind == TriggerKind.HAND_OVER) {
            // "handed over the reins to B": a post given on; "handed the report to B" is none
            int handed = view.find(HANDED, i + 1, i + 5);
            kind = handed >= 0 && view.find(Set.of("to"), handed + 1, handed + 3) >= 0 ? kind : null;
        } else if (lemma.equals("serve")) {
            // "will serve as acting chair" takes a post; "served as CEO" is a tenure
            kind = FUTURE.contains(view.lower(i - 1)) && view.lower(i + 1).equals("as") ? TriggerKind.TAKE : null;
        }
        return kind == null ? Optional.empty() : Optional.of(new LeadershipTrigger(i, kind, isPassive(view, i), false));
    }

    /**
     * "B will be in charge", "B is to be in caretaker charge": taking over, told in the future ("was in charge of
     * the launch" is a task). {@code i} is "charge"; a role modifier between "in" and "charge" is the post.
     */
    static boolean inChargeFromNow(SentenceView view, int i, Lexicons lexicons) {
        if (!view.lower(i).equals("charge")) {
            return false;
        }
        int in = lexicons.roleModifiers().contains(view.lower(i - 1)) ? i - 2 : i - 1;
        return view.lower(in).equals("in") && view.lower(in - 1).equals("be") && FUTURE.contains(view.lower(in - 2));
    }

    /** "rose to chief executive", "moved up into the role of director": "to"/"into", then a post within a few words. */
    private static boolean movesIntoPost(SentenceView view, int verb, Lexicons lexicons) {
        int into = view.find(INTO, verb + 1, verb + 3);
        if (into < 0) {
            return false;
        }
        boolean roleFollows = RolePhrase.findAll(view, lexicons).stream().anyMatch(r -> r.start() > into && r.start() <= into + 4);
        return roleFollows || view.find(lexicons.postNouns(), into + 1, into + 4) >= 0;
    }

    /** "new" + a post, with a name right after it ("new chief A") or right before it ("A, the new head"). */
    private static boolean newHeadNamed(SentenceView view, int i, Lexicons lexicons) {
        List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
        for (RolePhrase role : roles) {
            if (role.start() <= i + 1 && role.end() > i) {
                boolean nameAfter = view.mentionAt(role.end()).filter(m -> m.type() == EntityType.PERSON).isPresent();
                boolean nameBefore = view.lower(i - 1).equals("the") && view.lower(i - 2).equals(",")
                        && view.mentionAt(i - 3).filter(m -> m.type() == EntityType.PERSON).isPresent();
                return nameAfter || nameBefore;
            }
        }
        return false;
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
        // "A, appointed by B"; "A, the retired judge nominated by B": a participle with its agent
        return view.lower(trigger - 1).equals(",") || view.lower(trigger + 1).equals("by");
    }
}
