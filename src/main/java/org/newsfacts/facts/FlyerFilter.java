package org.newsfacts.facts;

import java.util.Set;
import org.newsfacts.model.EntityMention;

/**
 * Tells crew from the other people a flight sentence names: officials ("NASA Administrator A"),
 * speakers ("A said", "A, a SpaceX engineer, said"), backups ("the backup crew of A and B"), people a
 * new crew replaces ("will replace A and B"), people taken off a flight, and hedged mentions.
 */
final class FlyerFilter {
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "announce", "explain", "write", "recall");
    private static final Set<String> BACKUP = Set.of("backup", "backups", "back-up", "understudy", "understudies", "reserve");
    private static final Set<String> REMOVED = Set.of("replace", "reassign", "remove", "withdraw", "drop", "bump");
    private static final Set<String> REPLACING = Set.of("replace", "relieve", "succeed", "supersede");
    private static final Set<String> STRONG = Set.of("fly", "flew", "launch", "ride", "blast", "lift");
    private static final Set<String> AUXILIARY = Set.of("was", "were", "is", "be", "been", "being", "has", "had", "have", "to",
            "also", "later", "will", "would");
    private static final int HEDGE_BEFORE = 6;
    private static final int HEDGE_AFTER = 4;

    private final Lexicons lexicons;

    FlyerFilter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    boolean isFlyer(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        int after = person.tokenEnd();
        if (!person.canonical().contains(" ")) {
            return false; // a lone word is too often a craft or a place mistaken for a person
        }
        boolean occupation = view.pos(before - 1).equals("NN"); // "film director A" is a job, not an office
        if (lexicons.leadershipRoles().containsKey(view.lower(before)) && !lexicons.crewRoles().contains(view.lower(before))
                && !occupation) {
            return false; // "Administrator A", "President A"
        }
        if (isSpeaker(view, person) || isBackup(view, person) || isReplaced(view, person) || isHedged(view, person)) {
            return false;
        }
        int k = after;
        while (k < view.size() && AUXILIARY.contains(view.lower(k))) {
            k++;
        }
        // "A was replaced", "A has been removed" (passive: A is taken off); "A will be replacing B" keeps A on
        boolean removed = REMOVED.contains(view.lemma(k)) && view.pos(k).equals("VBN");
        return !(removed || (view.lemma(k).equals("step") && view.lower(k + 1).equals("aside")));
    }

    private static boolean isSpeaker(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        int after = person.tokenEnd();
        if (SPEECH.contains(view.lemma(after)) || SPEECH.contains(view.lemma(before))) {
            return true;
        }
        if (view.lower(after).equals(",")) { // "A, a propulsion engineer at SpaceX, said"
            for (int k = after + 1; k < Math.min(view.size(), after + 14); k++) {
                if (view.lower(k).equals(",")) {
                    return SPEECH.contains(view.lemma(k + 1));
                }
            }
            return SPEECH.contains(view.lemma(after + 1));
        }
        return false;
    }

    private static boolean isBackup(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        if (BACKUP.contains(view.lower(before)) || (BACKUP.contains(view.lower(before - 1)) && !view.lower(before).equals("to"))) {
            return true; // "backup A", "backup commander A"; but "backup to A" names the prime crew member
        }
        for (int k = person.tokenStart() - 1; k >= Math.max(0, person.tokenStart() - 30); k--) {
            if (BACKUP.contains(view.lower(k)) && !view.lower(k + 1).equals("to")) {
                return true; // "the backup crew is made up of A, B and C"
            }
            if (STRONG.contains(view.lemma(k))) {
                break;
            }
        }
        for (int k = person.tokenEnd(); k < Math.min(view.size(), person.tokenEnd() + 8); k++) {
            if (STRONG.contains(view.lemma(k)) || view.lower(k).equals("who")) {
                return false;
            }
            if (BACKUP.contains(view.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** "the new crew will replace A, B and C": the people replaced are leaving, not flying. */
    private static boolean isReplaced(SentenceView view, EntityMention person) {
        for (int k = person.tokenStart() - 1; k >= Math.max(0, person.tokenStart() - 10); k--) {
            if (REPLACING.contains(view.lemma(k))) {
                return true;
            }
            if (view.lower(k).equals(";") || STRONG.contains(view.lemma(k)) || view.pos(k).startsWith("VB")) {
                return false; // another verb between: "replacing A for the flight, joining B" — B is crew
            }
        }
        return false;
    }

    /** "A could fly", "A is expected to launch", "i think, A": speculation about this person. */
    private boolean isHedged(SentenceView view, EntityMention person) {
        return view.hedged(lexicons.hedges(), person.tokenStart() - HEDGE_BEFORE, person.tokenEnd() + HEDGE_AFTER);
    }
}
