package org.newsfacts.facts;

import java.util.Set;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;

/**
 * Tells crew from the other people a flight sentence names: officials ("NASA Administrator A"),
 * speakers ("A said", "A, a SpaceX engineer, said"), backups ("the backup crew of A and B"), people a
 * new crew replaces ("will replace A and B"), people taken off a flight ("A was removed", "A will no longer
 * fly", "A called off the trip"), people already in orbit whom the crew joins, and hedged mentions.
 */
final class FlyerFilter {
    private static final Set<String> SPEECH = Set.of("say", "tell", "add", "note", "announce", "explain", "write", "recall");
    /** Speech verbs that, just before a name, make it the speaker ("..., said A"); "announced A" names its object. */
    private static final Set<String> INVERTED_SPEECH = Set.of("say", "add", "note", "explain", "write", "recall");
    private static final Set<String> BACKUP = Set.of("backup", "backups", "back-up", "understudy", "understudies", "reserve");
    /** Words that name the flying crew as opposed to the backup: a backup scan stops at them. */
    private static final Set<String> PRIME = Set.of("prime", "primary", "main");
    private static final Set<String> REPLACING = Set.of("replace", "relieve", "succeed", "supersede");
    private static final Set<String> AUXILIARY = Set.of("was", "were", "is", "be", "been", "being", "has", "had", "have", "to",
            "also", "later", "will", "would", "are", "did", "does", "do", "then", "since");
    /** What may stand between a person and a following "backup" that describes them: "A and B will serve as backups". */
    private static final Set<String> PREDICATE = Set.of(",", "and", "as", "serve", "name", "the", "a", "their", "his", "her",
            "its", "designate", "select", "assign", "crew", "member", "members", "for", "on", "to");
    private static final int HEDGE_BEFORE = 6;
    private static final int HEDGE_AFTER = 4;

    private final Lexicons lexicons;
    private final FlightPhrases phrases;

    FlyerFilter(Lexicons lexicons, FlightPhrases phrases) {
        this.lexicons = lexicons;
        this.phrases = phrases;
    }

    boolean isFlyer(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        if (!person.canonical().contains(" ")) {
            return false; // a lone word is too often a craft or a place mistaken for a person
        }
        boolean occupation = view.pos(before - 1).equals("NN"); // "film director A" is a job, not an office
        if (lexicons.leadershipRoles().containsKey(view.lower(before)) && !lexicons.crewRoles().contains(view.lower(before))
                && !occupation) {
            return false; // "Administrator A", "President A"
        }
        return !(isSpeaker(view, person) || isBackup(view, person) || isReplaced(view, person) || isHedged(view, person)
                || takenOff(view, person) || isHost(view, person));
    }

    /**
     * "A was replaced", "A has been removed" (passive: A is taken off), "A will no longer fly", "A called off
     * the trip", "A stepped aside": the person leaves the flight. "A will be replacing B" keeps A on.
     */
    boolean takenOff(SentenceView view, EntityMention person) {
        int k = afterApposition(view, person.tokenEnd());
        while (k < view.size() && AUXILIARY.contains(view.lower(k))) {
            k++;
        }
        if (phrases.matchAt(view, FlightPhrases.Kind.WITHDRAWAL, k) > 0) {
            return true;
        }
        // "A requested reassignment from the flight": a departure anywhere in A's own clause
        for (int j = k; j < view.size() && !view.lower(j).equals(",") && !isPerson(view, j); j++) {
            if (phrases.matchAt(view, FlightPhrases.Kind.DEPARTURE, j) > 0) {
                return true;
            }
        }
        return view.pos(k).equals("VBN") && phrases.matchAt(view, FlightPhrases.Kind.REMOVAL, k) > 0
                && view.find(Set.of("be", "been", "was", "were", "is", "get", "got"), person.tokenEnd(), k) >= 0;
    }

    private static boolean isSpeaker(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        int after = person.tokenEnd();
        if (SPEECH.contains(view.lemma(after)) || INVERTED_SPEECH.contains(view.lemma(before))
                || (view.lower(after).equals(",") && SPEECH.contains(view.lemma(after + 1)))) {
            return true;
        }
        int next = afterApposition(view, after); // "A, a propulsion engineer at SpaceX, said"
        return next > after && SPEECH.contains(view.lemma(next));
    }

    /**
     * The token after an apposition that follows a name ("A, a former test pilot, will ..."): a stretch between
     * commas without a finite verb. {@code after} itself when none follows.
     */
    private static int afterApposition(SentenceView view, int after) {
        if (!view.lower(after).equals(",")) {
            return after;
        }
        for (int k = after + 1; k < view.size(); k++) {
            if (view.lower(k).equals(",")) {
                return k > after + 1 ? k + 1 : after;
            }
            if (view.pos(k).matches("VB[DZP]|MD") || view.lower(k).equals("who") || view.lower(k).equals("which")) {
                return after;
            }
        }
        return after;
    }

    private static boolean isBackup(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        if (BACKUP.contains(view.lower(before)) || (BACKUP.contains(view.lower(before - 1)) && !view.lower(before).equals("to"))) {
            return true; // "backup A", "backup commander A"; but "backup to A" names the prime crew member
        }
        for (int k = person.tokenStart() - 1; k >= 0; k--) {
            if (BACKUP.contains(view.lower(k)) && !view.lower(k + 1).equals("to")) {
                return true; // "the backup crew is made up of A, B and C"
            }
            if (FlightCues.LAUNCH_WORDS.contains(view.lemma(k)) || PRIME.contains(view.lower(k)) || view.lower(k).equals(";")) {
                break;
            }
        }
        // "A and B will serve as backups", "A and B, the backup crew": only a predicate or apposition between
        for (int k = person.tokenEnd(); k < view.size(); k++) {
            if (BACKUP.contains(view.lower(k))) {
                return true;
            }
            if (PRIME.contains(view.lower(k))) {
                return false;
            }
            if (view.lower(k).equals("and") && (view.lower(k - 1).equals(",") || view.pos(k + 1).equals("DT"))) {
                return false; // "A and B, and the backup crew is C": a new clause about other people
            }
            boolean person2 = view.mentionAt(k).filter(m -> m.type() == EntityType.PERSON).isPresent();
            if (!(person2 || PREDICATE.contains(view.lemma(k)) || PREDICATE.contains(view.lower(k))
                    || AUXILIARY.contains(view.lower(k)) || view.pos(k).equals("MD") || view.pos(k).startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the new crew will replace A, B and C", "instead of A": the people replaced are leaving, not flying;
     * "A was replaced by B" names B as the one who flies.
     */
    private static boolean isReplaced(SentenceView view, EntityMention person) {
        int start = person.tokenStart();
        if (view.lower(start - 1).equals("of") && Set.of("instead", "place").contains(view.lower(start - 2))) {
            return true;
        }
        for (int k = start - 1; k >= Math.max(0, start - 10); k--) {
            if (REPLACING.contains(view.lemma(k))) {
                return !(view.pos(k).equals("VBN") && view.lower(k + 1).equals("by"));
            }
            if (view.lower(k).equals(";") || FlightCues.LAUNCH_WORDS.contains(view.lemma(k)) || view.pos(k).startsWith("VB")) {
                return false; // another verb between: "replacing A for the flight, joining B" — B is crew
            }
        }
        return false;
    }

    /**
     * "They will join A and B aboard the station", "A, already on the station": people the crew meets in
     * orbit. "They will be joined by A" and "A joins B on Crew-9" name crew.
     */
    private boolean isHost(SentenceView view, EntityMention person) {
        int k = person.tokenEnd();
        while (k < view.size() && (view.lower(k).equals(",") || Set.of("who", "which", "are", "is", "was", "were").contains(view.lower(k)))) {
            k++;
        }
        int residency = phrases.matchAt(view, FlightPhrases.Kind.RESIDENCY, k);
        if (residency > 0 && inOrbitWithin(view, k + residency, k + residency + 4)) {
            return true; // "A and B, who are already aboard the station"
        }
        int verb = person.tokenStart() - 1;
        while (verb >= 0 && (view.lower(verb).equals(",") || view.lower(verb).equals("and")
                || view.mentionAt(verb).filter(m -> m.type() == EntityType.PERSON).isPresent()
                || lexicons.crewRoles().contains(view.lemma(verb)) || lexicons.astronautNouns().contains(view.lower(verb)))) {
            verb--;
        }
        if (verb < 0 || view.pos(verb).equals("VBN") || phrases.matchAt(view, FlightPhrases.Kind.HOSTING, verb) == 0) {
            return false;
        }
        for (int j = person.tokenEnd(); j < view.size(); j++) {
            if (inOrbitWithin(view, j, j + 1)) {
                return true;
            }
            int at = j;
            if (view.missions().stream().anyMatch(m -> m.tokenStart() == at) || view.pos(j).matches("VB[DZP]|MD")) {
                return false; // "join A on Crew-9": A is on that flight; a new verb ends the object list
            }
        }
        return false;
    }

    private static boolean isPerson(SentenceView view, int i) {
        return view.mentionAt(i).filter(m -> m.type() == EntityType.PERSON).isPresent();
    }

    /** A station or orbit itself among tokens [from, to). */
    private static boolean inOrbitWithin(SentenceView view, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(to, view.size()); j++) {
            if (view.mentionAt(j).filter(m -> m.type() == EntityType.STATION).isPresent()
                    || Set.of("orbit", "space").contains(view.lower(j))) {
                return true;
            }
        }
        return false;
    }

    /** "A could fly", "A is expected to launch", "i think, A": speculation about this person. */
    private boolean isHedged(SentenceView view, EntityMention person) {
        return view.hedged(lexicons.hedges(), person.tokenStart() - HEDGE_BEFORE, person.tokenEnd() + HEDGE_AFTER);
    }
}
