package org.newsfacts.facts;

import java.util.Set;
import org.newsfacts.model.EntityMention;

/**
 * Tells crew from the other people a flight sentence names: officials ("NASA Administrator A"),
 * speakers ("A said"), backups ("B and C, the backup crew") and people taken off a flight.
 */
final class FlyerFilter {
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "announce", "explain", "write", "recall");
    private static final Set<String> BACKUP = Set.of("backup", "backups", "back-up", "understudy", "reserve");
    private static final Set<String> REMOVED = Set.of("replace", "reassign", "remove", "withdraw", "drop", "bump");
    private static final Set<String> STRONG = Set.of("fly", "flew", "launch", "ride", "board", "blast", "lift");
    private static final Set<String> AUXILIARY = Set.of("was", "were", "is", "be", "been", "has", "had", "have", "to", "also", "later");

    private final Lexicons lexicons;

    FlyerFilter(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    boolean isFlyer(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        int after = person.tokenEnd();
        if (lexicons.leadershipRoles().containsKey(view.lower(before)) && !lexicons.crewRoles().contains(view.lower(before))) {
            return false; // "Administrator A", "President A"
        }
        if (SPEECH.contains(view.lemma(after)) || SPEECH.contains(view.lemma(before))
                || (view.lower(after).equals(",") && SPEECH.contains(view.lemma(after + 1)))) {
            return false;
        }
        if (isBackup(view, person)) {
            return false;
        }
        int k = after;
        while (k < view.size() && AUXILIARY.contains(view.lower(k))) {
            k++;
        }
        if (REMOVED.contains(view.lemma(k)) || (view.lemma(k).equals("step") && view.lower(k + 1).equals("aside"))) {
            return false;
        }
        return true;
    }

    private static boolean isBackup(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        if (BACKUP.contains(view.lower(before)) || (BACKUP.contains(view.lower(before - 1)) && !view.lower(before).equals("to"))) {
            return true; // "backup A", "backup commander A"; but "backup to A" names the prime crew member
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
}
