package org.newsfacts.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Sentence;

/**
 * What a single sentence says about flying: whether it states a flight at all, whether it goes on about
 * the flight just described, whether it is about a return or a crew that no longer holds, and where a
 * launch happens from. Judgements only; {@link FlightFrameReader} decides what to do with them.
 */
final class FlightCues {
    /** Triggers that state a flight on their own; the weaker ones ("crew", "mission") need a named flight nearby. */
    static final Set<String> STRONG = Set.of("fly", "launch", "liftoff", "lift", "blast", "ride", "assign",
            "spaceflight", "rocket");
    /** A sentence about how a crew used to be, not how it is: "at the time", "originally", "initially". */
    private static final Set<String> SUPERSEDED = Set.of("originally", "initially", "previously", "formerly");
    private static final Set<String> LAUNCHED = Set.of("launch", "lift", "blast");
    private static final Set<String> HOMECOMING = Set.of("return", "land", "landing", "splash", "splashdown", "undock", "touchdown");
    private static final Pattern SPACEPORT = Pattern.compile(
            ".*(Cosmodrome|Space Cent(er|re)|Launch Cent(er|re)|Spaceport|Space Force (Station|Base)|Air Force (Station|Base)|Starbase).*");
    private static final Set<String> SAME = Set.of("month", "day", "week", "year", "time");
    /** Words by which a sentence goes on about the flight just described ("They will be joined by ..."). */
    private static final Set<String> ANAPHORA = Set.of("they", "them", "their", "trio", "quartet", "foursome",
            "alongside", "crewmates", "both");
    /** Nouns that refer back only with a determiner: "the crew", "the mission" (not "a crewed launch"). */
    private static final Set<String> DEFINITE = Set.of("crew", "crews", "team", "mission");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their");
    private static final Set<String> SPACE_WORDS = Set.of("space", "orbit", "spaceflight", "crew", "spacecraft", "capsule", "suborbital");

    private final Lexicons lexicons;

    FlightCues(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /** A launch or flight verb, or "set off" / "took off". */
    boolean strong(SentenceView view) {
        return view.contains(STRONG) || takesOff(view);
    }

    /** A weaker cue: "crew", "mission", "aboard", "join". */
    boolean weak(SentenceView view) {
        return view.contains(lexicons.flightTriggers());
    }

    /** Refers back to a crew or flight ("they", "the crew", "the trio"). */
    static boolean anaphoric(SentenceView view) {
        return anaphoraAt(view, view.size());
    }

    /** "The trio launched ...": the sentence is about the flight just described from its first words. */
    static boolean opensWithAnaphora(SentenceView view) {
        return anaphoraAt(view, Math.min(view.size(), 4));
    }

    /** "the crew", "the main crew", "the four crew": a determiner, then at most two modifiers. */
    private static boolean determined(SentenceView view, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            if (DETERMINERS.contains(view.lower(k))) {
                return true;
            }
            if (!view.pos(k).startsWith("JJ") && !view.pos(k).equals("CD")) {
                return false;
            }
        }
        return false;
    }

    private static boolean anaphoraAt(SentenceView view, int until) {
        for (int i = 0; i < until; i++) {
            String w = view.lower(i);
            if (ANAPHORA.contains(w) || (DEFINITE.contains(w) && determined(view, i))) {
                return true;
            }
        }
        return false;
    }

    /** "launch a nuclear strike" is not a spaceflight: a flight sentence names a craft, station, site or space itself. */
    boolean inSpace(SentenceView view) {
        return view.mentions().stream().anyMatch(m -> m.type() == EntityType.SPACECRAFT || m.type() == EntityType.STATION
                        || m.type() == EntityType.MISSION
                        || (m.type() == EntityType.PLACE && isSpaceport(m.canonical())))
                || view.contains(SPACE_WORDS) || view.contains(lexicons.astronautNouns());
    }

    /** How a crew used to be ("at the time", "was set to", "originally"): not who flies. */
    static boolean superseded(SentenceView view) {
        String text = view.sentence().text();
        return view.contains(SUPERSEDED) || text.contains("at the time") || text.contains("supposed to")
                || text.contains("was set to") || text.contains("were set to") || text.contains("had been");
    }

    /** "A returned to Earth aboard Soyuz MS-25": a return or landing is not an assignment to a flight. */
    static boolean homecoming(SentenceView view) {
        return view.contains(HOMECOMING) && !view.contains(LAUNCHED) && !takesOff(view);
    }

    /** A spaceport the sentence launches from ("from Baikonur Cosmodrome", or any spaceport in a launch sentence). */
    Optional<String> launchSite(SentenceView view) {
        for (EntityMention place : view.mentions(EntityType.PLACE)) {
            boolean from = view.find(Set.of("from"), place.tokenStart() - 4, place.tokenStart()) >= 0;
            if (isSpaceport(place.canonical()) && (from || view.contains(STRONG))) {
                return Optional.of(place.canonical());
            }
        }
        return Optional.empty();
    }

    /** "That same month": the date of the flight the previous sentences described. */
    static Optional<String> sameAsBefore(SentenceView view, FlightFrame current) {
        int same = view.find(Set.of("same"), 0, view.size());
        if (same >= 0 && SAME.contains(view.lemma(same + 1)) && current != null) {
            return Optional.ofNullable(current.date != null ? current.date
                    : current.crew.values().stream().map(FlightFrame.Seat::date).filter(d -> d != null).findFirst().orElse(null));
        }
        return Optional.empty();
    }

    /** The flight trigger nearest a person, whose date is that person's flight date. */
    int nearestTrigger(SentenceView view, EntityMention person) {
        int best = person.tokenStart();
        int bestDistance = Integer.MAX_VALUE;
        for (int i = 0; i < view.size(); i++) {
            if (STRONG.contains(view.lemma(i)) || lexicons.flightTriggers().contains(view.lemma(i))) {
                int d = Math.abs(i - person.tokenStart());
                if (d < bestDistance) {
                    best = i;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    int firstTrigger(SentenceView view) {
        int i = view.find(STRONG, 0, view.size());
        return i >= 0 ? i : Math.max(0, view.find(lexicons.flightTriggers(), 0, view.size()));
    }

    /** Whether the sentence reports a launch that has happened ("launched", "lifted off"). */
    static boolean reportsLaunch(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> "VBD".equals(t.pos()) && t.lemma() != null
                && LAUNCHED.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    private static boolean isSpaceport(String name) {
        return SPACEPORT.matcher(name).matches();
    }

    /** "set off", "took off": a launch in two words. */
    private static boolean takesOff(SentenceView view) {
        for (int i = 0; i + 1 < view.size(); i++) {
            if (Set.of("set", "take").contains(view.lemma(i)) && view.lower(i + 1).equals("off")) {
                return true;
            }
        }
        return false;
    }
}
