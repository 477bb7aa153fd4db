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
    /** Modifiers a determined noun may carry: "the privately funded mission", "the four crew". */
    private static final Set<String> MODIFIER_TAGS = Set.of("JJ", "JJR", "JJS", "CD", "RB", "VBN", "VBG");
    private static final Pattern SPACEPORT = Pattern.compile(
            ".*(Cosmodrome|Space Cent(er|re)|Launch Cent(er|re)|Spaceport|Space Force (Station|Base)|Air Force (Station|Base)|Starbase).*");
    /** The words themselves, not a list of them: "from Baikonur", "that same month". */
    private static final Set<String> FROM = Set.of("from");
    private static final Set<String> SAME = Set.of("same");
    private static final Pattern PERIOD = Pattern.compile("\\d{4}-(SP|SU|FA|WI|Q[1-4]|H[12])");

    private final Lexicons lexicons;
    private final FlightPhrases phrases;

    /** Triggers that state a flight on their own; the weaker ones ("crew", "mission") need a named flight nearby. */
    private final Set<String> strong;
    /** The words of going up itself, a subset of the strong ones: where a flight clause has its verb. */
    private final Set<String> launchWords;
    private final Set<String> lightVerbs;
    private final Set<String> sentUp;
    private final Set<String> homecoming;
    private final Set<String> sameUnits;
    private final Set<String> anaphora;
    private final Set<String> backReferences;
    private final Set<String> determiners;
    private final Set<String> spaceWords;

    FlightCues(Lexicons lexicons, FlightPhrases phrases) {
        this.lexicons = lexicons;
        this.phrases = phrases;
        this.strong = phrases.words(FlightPhrases.Kind.LAUNCH, FlightPhrases.Kind.FLIGHT_WORD);
        this.launchWords = phrases.words(FlightPhrases.Kind.LAUNCH);
        this.lightVerbs = phrases.words(FlightPhrases.Kind.LIGHT_VERB);
        this.sentUp = phrases.words(FlightPhrases.Kind.SENT_UP);
        this.homecoming = phrases.words(FlightPhrases.Kind.HOMECOMING);
        this.sameUnits = phrases.words(FlightPhrases.Kind.TIME_UNIT);
        this.anaphora = phrases.words(FlightPhrases.Kind.ANAPHORA);
        this.backReferences = phrases.words(FlightPhrases.Kind.BACK_REFERENCE);
        this.determiners = phrases.words(FlightPhrases.Kind.DETERMINER);
        this.spaceWords = phrases.words(FlightPhrases.Kind.SPACE_WORD);
    }

    /** The phrase lexicon these cues read. */
    FlightPhrases phrases() {
        return phrases;
    }

    /** The strong flight words ("fly", "launch", "assign", "rocket"). */
    Set<String> strongWords() {
        return strong;
    }

    /** The words of going up itself ("fly", "launch", "lift", "ride"). */
    Set<String> launchWords() {
        return launchWords;
    }

    /** The words of a return or landing ("return", "land", "splashdown"). */
    Set<String> homecomingWords() {
        return homecoming;
    }

    /** A launch or flight verb, or "set off" / "took off". */
    boolean strong(SentenceView view) {
        return view.contains(strong) || takesOff(view);
    }

    /** A launch as a verb ("lifted off", "took off", "was launched"), not a noun ("108 launches", "launch capacity"). */
    boolean launchVerb(SentenceView view) {
        for (int i = 0; i < view.size(); i++) {
            if (view.pos(i).startsWith("VB") && launchWords.contains(view.lemma(i)) && view.find(launchWords, i, i + 1) == i) {
                return true;
            }
        }
        return takesOff(view);
    }

    /** Whether tokens [from, to) hold a flight word of either strength: a clause that seats its own crew. */
    boolean flightClause(SentenceView view, int from, int to) {
        return view.find(strong, from, to) >= 0 || view.find(lexicons.flightTriggers(), from, to) >= 0;
    }

    /** A weaker cue: "crew", "mission", "aboard", "join". */
    boolean weak(SentenceView view) {
        return view.contains(lexicons.flightTriggers());
    }

    /** Refers back to a crew or flight ("they", "the crew", "the trio"). */
    boolean anaphoric(SentenceView view) {
        return anaphoraAt(view, view.size());
    }

    /** "The trio launched ...": the sentence is about the flight just described from its first words. */
    boolean opensWithAnaphora(SentenceView view) {
        return anaphoraAt(view, Math.min(view.size(), 4));
    }

    /** "the crew", "the main crew", "the privately funded mission": a determiner, then only modifiers. */
    private boolean determined(SentenceView view, int noun) {
        for (int k = noun - 1; k >= 0; k--) {
            if (determiners.contains(view.lower(k))) {
                return true;
            }
            if (!MODIFIER_TAGS.contains(view.pos(k))) {
                return false;
            }
        }
        return false;
    }

    private boolean anaphoraAt(SentenceView view, int until) {
        for (int i = 0; i < until; i++) {
            String w = view.lower(i);
            if (anaphora.contains(w) || (backReferences.contains(w) && determined(view, i))) {
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
                || view.contains(spaceWords) || view.contains(lexicons.astronautNouns());
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
        return phrases.contains(view, FlightPhrases.Kind.STAY) && !view.contains(launchWords) && !takesOff(view)
                && view.mentions().stream().filter(m -> m.type() == EntityType.SPACECRAFT || m.type() == EntityType.MISSION)
                        .allMatch(m -> phrases.find(view, FlightPhrases.Kind.STAY, m.tokenStart(), m.tokenEnd()) >= 0);
    }

    /**
     * The launch date nearest token {@code near}: a fact date of the sentence that does not belong to an
     * announcement. A date belongs to the nearest verb or launch word ("NASA on Monday assigned A to a flight
     * launching in March": Monday is the assignment's, March the launch's).
     */
    Optional<String> launchDateNear(SentenceView view, int near) {
        return view.mentions(EntityType.DATE).stream()
                .filter(m -> SentenceView.isFactDate(yearOfPeriod(m.canonical())))
                .filter(m -> !announcementDate(view, m))
                .min((a, b) -> Integer.compare(SentenceView.distance(a, near), SentenceView.distance(b, near)))
                .map(m -> yearOfPeriod(m.canonical()));
    }

    /** "fall 2027" (2027-FA), "the second quarter of 2027" (2027-Q2): the year is as precise as the text is. */
    static String yearOfPeriod(String value) {
        return value != null && PERIOD.matcher(value).matches() ? value.substring(0, 4) : value;
    }

    private boolean announcementDate(SentenceView view, EntityMention date) {
        int verb = -1;
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < view.size(); i++) {
            boolean event = (view.pos(i).startsWith("VB") && !lightVerbs.contains(view.lemma(i)))
                    || launchWords.contains(view.lemma(i));
            int d = SentenceView.distance(date, i);
            if (event && d > 0 && d < best) {
                verb = i;
                best = d;
            }
        }
        return verb >= 0 && !launchWords.contains(view.lemma(verb))
                && phrases.matchAt(view, FlightPhrases.Kind.ANNOUNCEMENT, verb) > 0;
    }

    /**
     * "A returned to Earth aboard Soyuz MS-40": a return or landing is not an assignment to a flight; "A will fly
     * up on one Soyuz and return on another" still is.
     */
    boolean homecoming(SentenceView view) {
        return view.contains(homecoming) && !view.contains(launchWords) && !takesOff(view);
    }

    /** A spaceport the sentence launches from ("from Baikonur Cosmodrome", or any spaceport in a launch sentence). */
    Optional<String> launchSite(SentenceView view) {
        for (EntityMention place : view.mentions(EntityType.PLACE)) {
            boolean from = view.find(FROM, place.tokenStart() - 4, place.tokenStart()) >= 0;
            if (isSpaceport(place.canonical()) && (from || view.contains(strong))) {
                return Optional.of(place.canonical());
            }
        }
        return Optional.empty();
    }

    /** "That same month": the date of the flight the previous sentences described. */
    Optional<String> sameAsBefore(SentenceView view, FlightFrame current) {
        int same = view.find(SAME, 0, view.size());
        if (same >= 0 && sameUnits.contains(view.lemma(same + 1)) && current != null) {
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
            if (strong.contains(view.lemma(i)) || lexicons.flightTriggers().contains(view.lemma(i))) {
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
        int i = view.find(strong, 0, view.size());
        return i >= 0 ? i : Math.max(0, view.find(lexicons.flightTriggers(), 0, view.size()));
    }

    /** Whether the sentence reports a launch that has happened ("launched", "lifted off"). */
    boolean reportsLaunch(Sentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> "VBD".equals(t.pos()) && t.lemma() != null
                && sentUp.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    private static boolean isSpaceport(String name) {
        return SPACEPORT.matcher(name).matches();
    }

    /** "set off", "took off": a launch in two words. */
    private boolean takesOff(SentenceView view) {
        return phrases.contains(view, FlightPhrases.Kind.TAKEOFF);
    }
}
