package org.newsfacts.facts;

import java.util.Optional;
import java.util.Set;

/**
 * A word that states a change at the head of an organisation, with its kind: APPOINT (the object, or
 * in the passive the subject, takes the post), REPLACE, SUCCEED, DEPART (the subject leaves) or TAKE (the
 * subject takes the post) or DISMISS (the object is removed). Phrasal verbs decide by their particle: "step down" departs, "step in" takes;
 * "take" counts only as "take over", "take office", "take the helm".
 */
record LeadershipTrigger(int token, String kind, boolean passive, boolean nominal) {
    private static final Set<String> BE = Set.of("was", "were", "is", "are", "been", "being", "be", "'s", "got", "get");
    private static final Set<String> STEP_DOWN = Set.of("down", "aside", "out");
    private static final Set<String> STEP_IN = Set.of("in", "up", "into");
    private static final Set<String> TAKE_OBJECTS = Set.of("over", "office", "helm", "reins", "charge", "as", "up", "post");
    private static final java.util.Map<String, String> NOMINALS = java.util.Map.of("appointment", "APPOINT",
            "nomination", "APPOINT", "election", "APPOINT", "departure", "DEPART", "resignation", "DEPART",
            "retirement", "DEPART", "exit", "DEPART", "ouster", "DEPART", "dismissal", "DEPART");
    private static final Set<String> NEW = Set.of("new", "incoming");

    static Optional<LeadershipTrigger> at(SentenceView view, int i, Lexicons lexicons) {
        String lemma = view.lemma(i);
        if (NEW.contains(view.lower(i)) && newHeadNamed(view, i, lexicons)) {
            return Optional.of(new LeadershipTrigger(i, "NEW", false, true)); // "O's new chief A", "A, the new head of O"
        }
        if (NOMINALS.containsKey(view.lower(i)) && view.lower(i + 1).equals("of")) {
            // "the appointment of A as R", "following the departure of A"
            return Optional.of(new LeadershipTrigger(i, NOMINALS.get(view.lower(i)), false, true));
        }
        String kind = lexicons.leadershipTriggers().get(lemma);
        if (lemma.equals("farewell") && kind != null && Set.of("say", "bid").contains(view.lemma(i - 1))) {
            return Optional.of(new LeadershipTrigger(i, kind, false, false)); // "A said farewell"
        }
        if (kind == null || !view.pos(i).startsWith("VB")) {
            return Optional.empty();
        }
        if (view.pos(i).equals("VBG") && view.lower(i - 1).equals(",") && Set.of("TAKE", "DEPART").contains(kind)) {
            return Optional.empty(); // "..., taking over as CEO": a participle whose subject is the main clause's
        }
        switch (lemma) {
            case "step" -> {
                kind = STEP_DOWN.contains(view.lower(i + 1)) ? "DEPART" : STEP_IN.contains(view.lower(i + 1)) ? "TAKE" : null;
            }
            case "take" -> {
                boolean post = view.find(TAKE_OBJECTS, i + 1, i + 4) >= 0;
                kind = post ? "TAKE" : null;
            }
            case "move" -> {
                kind = Set.of("up", "to", "into").contains(view.lower(i + 1)) ? "TAKE" : null; // "moved up to the position of R"
            }
            case "lead", "head" -> {
                // "to lead NASA", "will head the agency": taking a post; "led the company through" is a tenure
                kind = Set.of("to", "will", "would").contains(view.lower(i - 1)) ? "TAKE" : null;
            }
            default -> {
            }
        }
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new LeadershipTrigger(i, kind, isPassive(view, i), false));
    }

    /** "new" + a post, with a name right after it ("new chief A") or right before it ("A, the new head"). */
    private static boolean newHeadNamed(SentenceView view, int i, Lexicons lexicons) {
        java.util.List<RolePhrase> roles = RolePhrase.findAll(view, lexicons);
        for (RolePhrase role : roles) {
            if (role.start() <= i + 1 && role.end() > i) {
                boolean nameAfter = view.mentionAt(role.end()).filter(m -> m.type() == org.newsfacts.model.EntityType.PERSON).isPresent();
                boolean nameBefore = view.lower(i - 1).equals("the") && view.lower(i - 2).equals(",")
                        && view.mentionAt(i - 3).filter(m -> m.type() == org.newsfacts.model.EntityType.PERSON).isPresent();
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
        return view.lower(trigger - 1).equals(","); // "A, appointed by B"
    }
}
