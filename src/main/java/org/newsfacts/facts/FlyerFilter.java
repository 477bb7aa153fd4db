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
    private static final int HEDGE_BEFORE = 6;
    private static final int HEDGE_AFTER = 4;

    private final Lexicons lexicons;
    private final FlightPhrases phrases;

    private final FlightCues cues;
    private final Set<String> speech;
    /** Speech verbs that, just before a name, make it the speaker ("..., said A"); "announced A" names its object. */
    private final Set<String> speakerBefore;
    private final Set<String> backup;
    /** Words that name the flying crew as opposed to the backup: a backup scan stops at them. */
    private final Set<String> prime;
    private final Set<String> replacing;
    private final Set<String> auxiliary;
    private final Set<String> passive;
    /** What may stand between a person and a following "backup" that describes them: "A and B will serve as backups". */
    private final Set<String> predicate;
    private final Set<String> relative;
    private final Set<String> orbit;

    FlyerFilter(Lexicons lexicons, FlightPhrases phrases, FlightCues cues) {
        this.lexicons = lexicons;
        this.phrases = phrases;
        this.cues = cues;
        this.speech = phrases.words(FlightPhrases.Kind.SPEECH);
        this.speakerBefore = phrases.words(FlightPhrases.Kind.SPEAKER_BEFORE);
        this.backup = phrases.words(FlightPhrases.Kind.BACKUP);
        this.prime = phrases.words(FlightPhrases.Kind.PRIME);
        this.replacing = phrases.words(FlightPhrases.Kind.REPLACING);
        this.auxiliary = phrases.words(FlightPhrases.Kind.AUXILIARY);
        this.passive = phrases.words(FlightPhrases.Kind.PASSIVE);
        this.predicate = phrases.words(FlightPhrases.Kind.PREDICATE);
        this.relative = phrases.words(FlightPhrases.Kind.RELATIVE);
        this.orbit = phrases.words(FlightPhrases.Kind.ORBIT);
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
        return removalVerb(view, person) >= 0;
    }

    /**
     * Where the phrase that takes the person off a flight starts, or -1: "A, previously assigned to M1, has been
     * reassigned to M2" moves A to the flight after that phrase, not to the one in the apposition.
     */
    int removalVerb(SentenceView view, EntityMention person) {
        int k = afterApposition(view, person.tokenEnd());
        while (k < view.size() && auxiliary.contains(view.lower(k))) {
            k++;
        }
        if (phrases.matchAt(view, FlightPhrases.Kind.WITHDRAWAL, k) > 0) {
            return k;
        }
        // "A requested reassignment from the flight": a departure anywhere in A's own clause
        for (int j = k; j < view.size() && !view.lower(j).equals(",") && !isPerson(view, j); j++) {
            if (phrases.matchAt(view, FlightPhrases.Kind.DEPARTURE, j) > 0) {
                return j;
            }
        }
        boolean removed = view.pos(k).equals("VBN") && phrases.matchAt(view, FlightPhrases.Kind.REMOVAL, k) > 0
                && view.find(passive, person.tokenEnd(), k) >= 0;
        return removed ? k : activeRemoval(view, person);
    }

    /**
     * "The agency removed astronaut A from the crew", "has dropped Acme's A": the person is the object of an
     * active removal verb, with at most their description (an astronaut noun, a crew position, an agency, an
     * adjective, a determiner) between. Where that verb stands, or -1.
     */
    private int activeRemoval(SentenceView view, EntityMention person) {
        for (int k = person.tokenStart() - 1; k >= Math.max(0, person.tokenStart() - 5); k--) {
            boolean activeVerb = view.pos(k).equals("VBN") ? !passiveBefore(view, k) : view.pos(k).startsWith("VB");
            if (activeVerb) {
                // "B will replace A" takes A off only where it hands A's seat to B (FlightFrameReader reads that)
                boolean removal = phrases.matchAt(view, FlightPhrases.Kind.REMOVAL, k) > 0 && !replacing.contains(view.lemma(k));
                return removal ? k : -1;
            }
            boolean description = lexicons.astronautNouns().contains(view.lower(k)) || lexicons.crewRoles().contains(view.lower(k))
                    || view.pos(k).equals("DT") || view.pos(k).equals("JJ") || view.pos(k).equals("POS")
                    || view.mentionAt(k).filter(m -> m.type().isOrganization()).isPresent();
            if (!description) {
                return -1;
            }
        }
        return -1;
    }

    private boolean passiveBefore(SentenceView view, int verb) {
        return view.find(passive, Math.max(0, verb - 3), verb) >= 0;
    }

    private boolean isSpeaker(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        int after = person.tokenEnd();
        if (speech.contains(view.lemma(after)) || speakerBefore.contains(view.lemma(before))
                || (view.lower(after).equals(",") && speech.contains(view.lemma(after + 1)))) {
            return true;
        }
        int next = afterApposition(view, after); // "A, a propulsion engineer at SpaceX, said"
        return next > after && speech.contains(view.lemma(next));
    }

    /**
     * The token after an apposition that follows a name ("A, a former test pilot, will ..."): a stretch between
     * commas without a finite verb, or a relative clause between commas ("A, who flew in 2019, will ..."). {@code after} itself when none follows.
     */
    private static int afterApposition(SentenceView view, int after) {
        if (!view.lower(after).equals(",")) {
            return after;
        }
        if (view.lower(after + 1).equals("who") || view.lower(after + 1).equals("which")) {
            for (int k = after + 2; k < view.size(); k++) { // "A, who was assigned to M1, has been reassigned"
                if (view.lower(k).equals(",")) {
                    return k + 1;
                }
            }
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

    private boolean isBackup(SentenceView view, EntityMention person) {
        int before = person.tokenStart() - 1;
        if (backup.contains(view.lower(before)) || (backup.contains(view.lower(before - 1)) && !view.lower(before).equals("to"))) {
            return true; // "backup A", "backup commander A"; but "backup to A" names the prime crew member
        }
        for (int k = person.tokenStart() - 1; k >= 0; k--) {
            if (backup.contains(view.lower(k)) && !view.lower(k + 1).equals("to")) {
                return true; // "the backup crew is made up of A, B and C"
            }
            if (cues.launchWords().contains(view.lemma(k)) || prime.contains(view.lower(k)) || view.lower(k).equals(";")) {
                break;
            }
        }
        // "A and B will serve as backups", "A and B, the backup crew": only a predicate or apposition between
        for (int k = person.tokenEnd(); k < view.size(); k++) {
            if (backup.contains(view.lower(k))) {
                return true;
            }
            if (prime.contains(view.lower(k))) {
                return false;
            }
            if (view.lower(k).equals("and") && (view.lower(k - 1).equals(",") || view.pos(k + 1).equals("DT"))) {
                return false; // "A and B, and the backup crew is C": a new clause about other people
            }
            boolean person2 = view.mentionAt(k).filter(m -> m.type() == EntityType.PERSON).isPresent();
            if (!(person2 || predicate.contains(view.lemma(k)) || predicate.contains(view.lower(k))
                    || auxiliary.contains(view.lower(k)) || view.pos(k).equals("MD") || view.pos(k).startsWith("JJ"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the new crew will replace A, B and C", "instead of A": the people replaced are leaving, not flying;
     * "A was replaced by B" names B as the one who flies.
     */
    private boolean isReplaced(SentenceView view, EntityMention person) {
        int start = person.tokenStart();
        if (phrases.matchAt(view, FlightPhrases.Kind.INSTEAD, start - 2) == 2) {
            return true;
        }
        for (int k = start - 1; k >= Math.max(0, start - 10); k--) {
            if (replacing.contains(view.lemma(k))) {
                return !(view.pos(k).equals("VBN") && view.lower(k + 1).equals("by"));
            }
            if (view.lower(k).equals(";") || cues.launchWords().contains(view.lemma(k)) || view.pos(k).startsWith("VB")) {
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
        while (k < view.size() && relative.contains(view.lower(k))) {
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
    private boolean inOrbitWithin(SentenceView view, int from, int to) {
        for (int j = Math.max(0, from); j < Math.min(to, view.size()); j++) {
            if (view.mentionAt(j).filter(m -> m.type() == EntityType.STATION).isPresent()
                    || orbit.contains(view.lower(j))) {
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
