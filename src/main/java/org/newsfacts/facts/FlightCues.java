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
    /** The words of going up itself, a subset of {@link #STRONG}: where a flight clause has its verb. */
    static final Set<String> LAUNCH_WORDS = Set.of("fly", "flew", "launch", "liftoff", "lift", "blast", "ride");
    /** Verbs that carry no event of their own: the nearest real verb decides what a date belongs to. */
    private static final Set<String> LIGHT_VERBS = Set.of("be", "have", "do");
    private static final Set<String> LAUNCHED = Set.of("launch", "lift", "blast");
    private static final Set<String> HOMECOMING = Set.of("return", "land", "landing", "splash", "splashdown", "undock", "touchdown");
    private static final Pattern SPACEPORT = Pattern.compile(
            ".*(Cosmodrome|Space Cent(er|re)|Launch Cent(er|re)|Spaceport|Space Force (Station|Base)|Air Force (Station|Base)|Starbase).*");
    private static final Set<String> SAME = Set.of("month", "day", "week", "year", "time");
    /** Words by which a sentence goes on about the flight just described ("They will be joined by ..."). */
    private static final Set<String> ANAPHORA = Set.of("they", "them", "their", "trio", "quartet", "foursome",
            "alongside", "crewmates", "both");
    /**
     * Nouns that refer back only with a determiner: "the crew", "the mission", "the spacecraft", and a crew
     * position of the flight just described ("The pilot will be A"); not "a crewed launch".
     */
    private static final Set<String> DEFINITE = Set.of("crew", "crews", "team", "mission", "flight", "spacecraft",
            "capsule", "pilot", "commander", "specialist", "specialists", "engineer", "engineers");
    /** Modifiers a determined noun may carry: "the privately funded mission", "the four crew". */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "CD", "RB", "VBN", "VBG");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "its", "their");
    private static final Set<String> SPACE_WORDS = Set.of("space", "orbit", "spaceflight", "crew", "spacecraft", "capsule", "suborbital");

    private final Lexicons lexicons;
    private final FlightPhrases phrases;

    FlightCues(Lexicons lexicons, FlightPhrases phrases) {
        this.lexicons = lexicons;
        this.phrases = phrases;
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

    /** "the crew", "the main crew", "the privately funded mission": a determiner, then only modifiers. */
    private static boolean determined(SentenceView view, int noun) {
        for (int k = noun - 1; k >= 0; k--) {
            if (DETERMINERS.contains(view.lower(k))) {
                return true;
            }
            if (!MODIFIER_TAGS.contains(view.pos(k))) {
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

    /** How a crew used to be ("at the time", "was set to", "originally"; see flight-phrases.tsv): not who flies. */
    boolean superseded(SentenceView view) {
        return phrases.contains(view, FlightPhrases.Kind.SUPERSEDED);
    }

    /**
     * "The crew of Expedition 90 aboard the station will be A and B": a station stay, which seats nobody on a
     * flight unless the sentence also launches or names a craft.
     */
    boolean stayOnly(SentenceView view) {
        return phrases.contains(view, FlightPhrases.Kind.STAY) && !view.contains(LAUNCH_WORDS) && !takesOff(view)
                && view.mentions(EntityType.SPACECRAFT).stream()
                        .allMatch(m -> phrases.find(view, FlightPhrases.Kind.STAY, m.tokenStart(), m.tokenEnd()) >= 0);
    }

    /**
     * The launch date nearest token {@code near}: a fact date of the sentence that does not belong to an
     * announcement. A date belongs to the nearest verb or launch word ("NASA on Monday assigned A to a flight
     * launching in March": Monday is the assignment's, March the launch's).
     */
    Optional<String> launchDateNear(SentenceView view, int near) {
        return view.mentions(EntityType.DATE).stream()
                .filter(m -> SentenceView.isFactDate(m.canonical()))
                .filter(m -> !announcementDate(view, m))
                .min((a, b) -> Integer.compare(SentenceView.distance(a, near), SentenceView.distance(b, near)))
                .map(EntityMention::canonical);
    }

    private boolean announcementDate(SentenceView view, EntityMention date) {
        int verb = -1;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < view.size(); i++) {
            boolean event = (view.pos(i).startsWith("VB") && !LIGHT_VERBS.contains(view.lemma(i)))
                    || LAUNCH_WORDS.contains(view.lemma(i));
            int d = SentenceView.distance(date, i);
            if (event && d > 0 && d < best) {
                verb = i;
                best = d;
            }
        }
        return verb >= 0 && !LAUNCH_WORDS.contains(view.lemma(verb))
                && phrases.matchAt(view, FlightPhrases.Kind.ANNOUNCEMENT, verb) > 0;
    }

    /**
     * "A returned to Earth aboard Soyuz MS-40": a return or landing is not an assignment to a flight; "A will fly
     * up on one Soyuz and return on another" still is.
     */
    static boolean homecoming(SentenceView view) {
        return view.contains(HOMECOMING) && !view.contains(LAUNCH_WORDS) && !takesOff(view);
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
