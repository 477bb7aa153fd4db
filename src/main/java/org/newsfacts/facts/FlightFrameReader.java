package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Reads an article into {@link FlightFrame}s, sentence by sentence: a sentence naming a mission or
 * spacecraft opens or returns to that flight's frame, a following sentence about "the crew" continues it,
 * and the flyers of each sentence ({@link FlyerFilter}) take their seats; a person a later sentence takes
 * off a flight ("A was removed from the flight") leaves its frame. One reader per article.
 */
final class FlightFrameReader {
    private static final int FRAME_REACH = 2;

    private final Lexicons lexicons;
    private final FlightCues cues;
    private final FlyerFilter flyers;
    private final MissionCatalog missions;
    private final Set<String> pronouns;
    /** Words that open a contrasting clause about other people. */
    private final Set<String> clauseBreaks;
    private final Set<String> respectively;
    private final Set<String> withdrawn = new HashSet<>();
    /** The flights (keys of {@link #frames}) a person was taken off, so whoever "replaces" them takes the seat. */
    private final Map<String, Set<String>> vacated = new HashMap<>();
    private final Map<String, FlightFrame> frames = new LinkedHashMap<>();
    private final Map<EntityMention, Integer> personCounts = new TreeMap<>(Comparator.comparing(EntityMention::canonical));
    private FlightFrame current;
    /** A launch date a sentence gives without naming a flight or a crew, for flights that state none. */
    private String articleDate;

    FlightFrameReader(Lexicons lexicons, FlightCues cues, FlyerFilter flyers, MissionCatalog missions) {
        this.lexicons = lexicons;
        this.cues = cues;
        this.flyers = flyers;
        this.missions = missions;
        this.pronouns = cues.phrases().words(FlightPhrases.Kind.PRONOUN);
        this.clauseBreaks = cues.phrases().words(FlightPhrases.Kind.CLAUSE_BREAK);
        this.respectively = cues.phrases().words(FlightPhrases.Kind.RESPECTIVELY);
    }

    /** The article's flights, consolidated when it names a single one. */
    Collection<FlightFrame> read(ResolvedArticle article) {
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            EntityMention protagonist = personCounts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey).orElse(null);
            view.mentions(EntityType.PERSON).forEach(p -> personCounts.merge(p, 1, Integer::sum));
            readSentence(view, s, protagonist);
        }
        Collection<FlightFrame> result = consolidate(article);
        if (articleDate != null) {
            result.stream().filter(f -> year(f) == null && !f.crew.isEmpty()).forEach(f -> f.date = articleDate);
        }
        return result;
    }

    /**
     * The article's only crewed flight so far, when it still lacks what this crewless launch sentence names (its
     * craft, or its launch site): a story about one flight describes the launch apart from the crew.
     */
    private FlightFrame soleFlightWithout(String vehicle, SentenceView view) {
        List<FlightFrame> crewed = frames.values().stream().filter(f -> !f.crew.isEmpty()).toList();
        if (crewed.size() != 1 || crewed.get(0).mission != null) {
            return null;
        }
        FlightFrame sole = crewed.get(0);
        boolean craft = vehicle != null && sole.vehicle == null;
        boolean site = sole.launchSite == null && cues.launchSite(view).isPresent();
        return craft || site ? sole : null;
    }

    private void readSentence(SentenceView view, int s, EntityMention protagonist) {
        Set<String> takingPosts = handOverSeats(view, protagonist);
        List<EntityMention> named = view.missions();
        List<EntityMention> vehicles = view.mentions(EntityType.SPACECRAFT).stream()
                .filter(m -> !m.tag().equals("MISSION") && !lexicons.launchVehicles().contains(m.canonical())).toList();
        boolean strong = cues.strong(view);
        if (strong || cues.weak(view) || !named.isEmpty() || !vehicles.isEmpty()) {
            withdraw(view, named, s);
        }
        boolean continues = current != null && s - current.lastSentence <= FRAME_REACH
                && (cues.anaphoric(view) || namesCrewOf(view, current)); // "A is joined by B": A's flight
        if (!((strong && cues.inSpace(view)) || (cues.weak(view) && (!named.isEmpty() || !vehicles.isEmpty() || continues)))) {
            return;
        }
        String vehicle = vehicles.isEmpty() ? null : vehicles.get(0).canonical();
        String date = cues.sameAsBefore(view, current).orElse(null);
        FlightFrame touched = null;
        List<EntityMention> crew = cues.superseded(view) || cues.homecoming(view) || cues.stayOnly(view)
                ? List.of() : crewOf(view, strong, protagonist).stream().filter(p -> !takingPosts.contains(p.canonical())).toList();
        Map<Integer, FlightFrame> byClause = new HashMap<>();
        boolean listedDates = false; // each listed flight has its own date, not the sentence's first
        for (EntityMention person : crew) {
            List<EntityMention> ownClause = named.stream().filter(m -> sameClause(view, m, person)).toList();
            int clause = clauseOf(view, person);
            String personDate = date != null ? date : cues.launchDateNear(view, cues.nearestTrigger(view, person)).orElse(null);
            FlightFrame frame = frameFor(person, ownClause, vehicle, continues && (!strong || sameYear(personDate, current)), s);
            if (ownClause.isEmpty() && clause > 0 && byClause.containsKey(clause)) {
                frame = byClause.get(clause);
            } else if (ownClause.isEmpty() && clause > 0 && byClause.containsValue(frame)
                    && ownClauseSeats(view, person)) {
                int from = clauseStart(view, person);
                String own = vehicles.stream().filter(v -> v.tokenStart() >= from).map(EntityMention::canonical)
                        .findFirst().orElse(vehicle);
                frame = frames.computeIfAbsent("clause:" + s + "#" + clause, k -> new FlightFrame(null, own, s));
            }
            List<EntityMention> listed = listedFlights(view, person, ownClause, crew);
            if (!listed.isEmpty()) {
                for (EntityMention flight : listed) { // "a veteran of M1 in 1998 and M2 in 2001": one seat on each
                    FlightFrame f = frames.computeIfAbsent(flight.canonical(), k -> new FlightFrame(k, null, s));
                    f.crew.putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), dateOfListed(view, flight, named)));
                    touched = f;
                    listedDates = true;
                }
                byClause.putIfAbsent(clause, touched);
                continue;
            }
            if (alreadyFlying(person.canonical(), frame, !ownClause.isEmpty())
                    || (ownClause.isEmpty() && withdrawn.contains(person.canonical()))) {
                continue;
            }
            frame.crew.putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), personDate));
            byClause.putIfAbsent(clause, frame);
            touched = touched == null || clause == 0 ? frame : touched; // the sentence goes on about its first crew
        }
        if (touched == null && !named.isEmpty() && continues && current.mission == null && cues.opensWithAnaphora(view)) {
            current.mission = named.get(0).canonical(); // "The trio launched on Soyuz MS-40": the flight gets its name
            touched = current;
        } else if (touched == null && !named.isEmpty()) {
            touched = frames.computeIfAbsent(named.get(0).canonical(), k -> new FlightFrame(k, null, s));
        } else if (touched == null && continues) {
            touched = current;
        } else if (touched == null && crew.isEmpty() && cues.launchVerb(view) && soleFlightWithout(vehicle, view) != null) {
            // "VSS Unity took off from Spaceport Z": the craft or site of the one flight the article has described
            touched = soleFlightWithout(vehicle, view);
        } else if (touched == null && vehicle != null && strong) {
            // "A rocket sent a Crew Dragon to the station": the crew may be named in the next sentence
            touched = frames.computeIfAbsent("vehicle:" + vehicle + "@" + s, k -> new FlightFrame(null, vehicle, s));
        }
        if (crew.isEmpty() && named.isEmpty() && strong && articleDate == null) {
            // "two missions targeted for launch in 2027": the date of the flights the article goes on to name
            articleDate = cues.launchDateNear(view, cues.firstTrigger(view)).orElse(null);
        }
        if (touched != null) {
            touched.learn(vehicle, cues.launchSite(view).orElse(null),
                    view.mentions(EntityType.STATION).stream().map(EntityMention::canonical).findFirst().orElse(null),
                    date != null || listedDates ? date : cues.launchDateNear(view, cues.firstTrigger(view)).orElse(null), s);
            current = touched;
        }
    }

    /**
     * Takes the people this flight sentence takes off a flight out of it: out of the flight it names, else out
     * of every flight read so far. "A was reassigned to Crew-9" moves A to the flight named after "to".
     */
    private void withdraw(SentenceView view, List<EntityMention> named, int s) {
        for (EntityMention person : view.mentions(EntityType.PERSON)) {
            if (!flyers.takenOff(view, person)) {
                continue;
            }
            int verb = flyers.removalVerb(view, person);
            EntityMention target = named.stream().filter(m -> m.tokenStart() > Math.max(verb, person.tokenEnd())
                    && (view.lower(m.tokenStart() - 1).equals("to")
                        || (view.lower(m.tokenStart() - 2).equals("to") && view.pos(m.tokenStart() - 1).equals("DT"))))
                    .findFirst().orElse(null);
            Set<String> left = vacated.computeIfAbsent(person.canonical(), k -> new HashSet<>());
            for (Map.Entry<String, FlightFrame> entry : frames.entrySet()) {
                FlightFrame frame = entry.getValue();
                boolean mentioned = named.stream().anyMatch(m -> m.canonical().equals(frame.mission));
                boolean isTarget = target != null && target.canonical().equals(frame.mission);
                if (!isTarget && (named.isEmpty() || mentioned || target != null) && frame.crew.remove(person.canonical()) != null) {
                    left.add(entry.getKey());
                }
            }
            if (target == null) { // "A was taken off M1": M1's seat, even before the article seats anyone on M1
                named.forEach(m -> left.add(m.canonical()));
            }
            if (target != null) {
                frames.computeIfAbsent(target.canonical(), k -> new FlightFrame(k, null, s)).crew
                        .putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), null));
            } else {
                withdrawn.add(person.canonical());
            }
        }
    }

    /**
     * "A will be replaced by B", "B replaces A", wherever the sentence stands: when A holds, or was taken off, a
     * seat on a flight, B takes that seat and A leaves it. Crews change hands with the verbs of leadership changes,
     * and the sentence that tells it often names no flight ("He will be replaced by his backup, B"). Returns who
     * replaces someone in a post instead ("B replaces A as deputy chief"): B takes no seat.
     */
    private Set<String> handOverSeats(SentenceView view, EntityMention protagonist) {
        Set<String> takingPosts = new HashSet<>();
        for (int i = 0; i < view.size(); i++) {
            LeadershipTrigger trigger = LeadershipTrigger.at(view, i, lexicons)
                    .filter(t -> t.kind() == TriggerKind.REPLACE && !t.nominal()).orElse(null);
            if (trigger == null || view.hedged(lexicons.hedges(), i - 8, i + 3)) {
                continue;
            }
            ChangeParticipants people = ChangeParticipants.of(view, trigger,
                    protagonist == null ? null : protagonist.canonical(), lexicons);
            String out = people.outgoing();
            String in = people.incoming();
            if (out == null || in == null || out.equals(in)) {
                continue;
            }
            if (namesAPost(view, i)) {
                takingPosts.add(in);
                continue;
            }
            Set<FlightFrame> seats = new LinkedHashSet<>();
            vacated.getOrDefault(out, Set.of()).stream().map(frames::get).filter(Objects::nonNull).forEach(seats::add);
            frames.values().stream().filter(f -> f.crew.containsKey(out)).forEach(seats::add);
            for (FlightFrame frame : seats) {
                FlightFrame.Seat seat = frame.crew.remove(out);
                frame.crew.putIfAbsent(in, new FlightFrame.Seat(view.sentence(), seat == null ? null : seat.date()));
            }
            if (!seats.isEmpty()) {
                withdrawn.add(out);
            }
        }
        return takingPosts;
    }

    /**
     * "B replaces A as deputy chief", "the job B fills by replacing A": a replacement in a post ("as" a title that is no
     * crew position, or a word for a post) hands over that post, not a seat.
     */
    private boolean namesAPost(SentenceView view, int trigger) {
        for (int k = trigger + 1; k < view.size(); k++) {
            boolean as = view.lower(k).equals("as") && !lexicons.crewRoles().contains(view.lemma(k + 1))
                    && !lexicons.crewRoles().contains(view.lemma(k + 2));
            if (as || lexicons.postNouns().contains(view.lemma(k))) {
                return true;
            }
        }
        return view.find(lexicons.postNouns(), Math.max(0, trigger - 4), trigger) >= 0;
    }

    /** The people the sentence puts on a flight; "he flew on ..." stands for the article's main person so far. */
    private List<EntityMention> crewOf(SentenceView view, boolean strong, EntityMention protagonist) {
        List<EntityMention> crew = view.mentions(EntityType.PERSON).stream().filter(p -> flyers.isFlyer(view, p)).toList();
        if (crew.isEmpty() && strong && protagonist != null && protagonist.canonical().contains(" ")) {
            int trigger = view.find(cues.strongWords(), 0, view.size());
            if (view.find(pronouns, trigger - 3, trigger) >= 0 && !view.hedged(lexicons.hedges(), 0, view.size())) {
                return List.of(protagonist);
            }
        }
        return crew;
    }

    private FlightFrame frameFor(EntityMention person, List<EntityMention> named, String vehicle, boolean continues, int s) {
        if (!named.isEmpty()) {
            EntityMention nearest = named.stream()
                    .min(Comparator.comparingInt(m -> SentenceView.distance(m, person.tokenStart()))).orElseThrow();
            return frames.computeIfAbsent(nearest.canonical(), k -> new FlightFrame(k, null, s));
        }
        if (continues && (vehicle == null || vehicle.equals(current.vehicle) || current.vehicle == null)) {
            return current;
        }
        String key = vehicle != null ? "vehicle:" + vehicle + "@" + s : "sentence:" + s;
        return frames.computeIfAbsent(key, k -> new FlightFrame(null, vehicle, s));
    }

    /**
     * The flights a person's clause lists for them, when it names several: each of them ("was a specialist on M1 in
     * 1998 and M2 in 2001"), or the one in the person's place in "A and B flew on M1 and M2, respectively"; never
     * the flight of a return ("fly on M1 and return on M2"). Empty when the clause names one flight or fewer.
     */
    private List<EntityMention> listedFlights(SentenceView view, EntityMention person, List<EntityMention> ownClause,
                                                     List<EntityMention> crew) {
        if (ownClause.size() < 2) {
            return List.of();
        }
        List<EntityMention> flights = ownClause.stream()
                .filter(m -> m.tokenStart() < person.tokenStart() || view.find(cues.homecomingWords(), person.tokenEnd(), m.tokenStart()) < 0)
                .toList();
        if (view.find(respectively, 0, view.size()) >= 0) {
            List<EntityMention> listedCrew = crew.stream().filter(p -> sameClause(view, p, person)).toList();
            return listedCrew.size() == flights.size() ? List.of(flights.get(listedCrew.indexOf(person))) : List.of();
        }
        return flights.size() > 1 ? flights : List.of();
    }

    /** The date written with a listed flight, between it and the next flight named ("M1 in 1998", "M2, a 2001 mission"). */
    private String dateOfListed(SentenceView view, EntityMention flight, List<EntityMention> named) {
        int end = named.stream().filter(m -> m.tokenStart() > flight.tokenStart()).mapToInt(EntityMention::tokenStart)
                .min().orElse(view.size());
        int stop = view.find(clauseBreaks, flight.tokenEnd(), end);
        int to = stop >= 0 ? stop : end;
        return view.mentions(EntityType.DATE).stream()
                .filter(d -> d.tokenStart() >= flight.tokenEnd() && d.tokenEnd() <= to)
                .map(d -> FlightCues.yearOfPeriod(d.canonical())).filter(SentenceView::isFactDate).findFirst().orElse(null);
    }

    /**
     * Which contrasting clause of the sentence a person stands in (0 for the first): "A and B will crew M1, while C
     * and D will crew the first mission" seats two crews, one per clause, when each clause has a flight word.
     */
    private int clauseOf(SentenceView view, EntityMention person) {
        int clause = 0;
        for (int i = view.find(clauseBreaks, 0, person.tokenStart()); i >= 0; i = view.find(clauseBreaks, i + 1, person.tokenStart())) {
            clause++;
        }
        return clause;
    }

    /**
     * Whether the clause a person stands in seats a crew of its own: a finite verb and a flight word between its
     * start and the next break ("while C will crew the first mission"), not a list item ("; C; and D").
     */
    private boolean ownClauseSeats(SentenceView view, EntityMention person) {
        int from = clauseStart(view, person);
        int next = view.find(clauseBreaks, person.tokenEnd(), view.size());
        int to = next >= 0 ? next : view.size();
        boolean finite = false;
        for (int i = from; i < to && !finite; i++) {
            finite = view.pos(i).matches("VB[DZP]|MD");
        }
        return finite && cues.flightClause(view, from, to);
    }

    private int clauseStart(SentenceView view, EntityMention person) {
        int start = 0;
        for (int i = view.find(clauseBreaks, 0, person.tokenStart()); i >= 0; i = view.find(clauseBreaks, i + 1, person.tokenStart())) {
            start = i + 1;
        }
        return start;
    }

    /** No clause break between two mentions: "A flew on M1 in 2001, while B will take her first trip" parts A from M1. */
    private boolean sameClause(SentenceView view, EntityMention a, EntityMention b) {
        int from = Math.min(a.tokenEnd(), b.tokenEnd());
        int to = Math.max(a.tokenStart(), b.tokenStart());
        return view.find(clauseBreaks, from, to) < 0;
    }

    private boolean namesCrewOf(SentenceView view, FlightFrame frame) {
        return view.mentions(EntityType.PERSON).stream().anyMatch(p -> frame.crew.containsKey(p.canonical()));
    }

    /** A person already on a flight joins another only when the sentence names that other flight. */
    private boolean alreadyFlying(String person, FlightFrame frame, boolean explicit) {
        return !explicit && frames.values().stream().anyMatch(f -> f != frame && f.crew.containsKey(person));
    }

    /**
     * Whether a date read for a person fits the frame's year, when both are known: "the craft that launched A
     * last year" is an earlier flight. Only a launch word ties the date to the person's flight.
     */
    private static boolean sameYear(String date, FlightFrame frame) {
        String year = frame == null ? null : year(frame);
        return date == null || year == null || date.length() < 4 || !Character.isDigit(date.charAt(0)) || date.startsWith(year);
    }

    /** The year of a frame's launch, from its own date or its first crew member's: flights of different years differ. */
    private static String year(FlightFrame frame) {
        String date = frame.date != null ? frame.date
                : frame.crew.values().stream().map(FlightFrame.Seat::date).filter(Objects::nonNull).findFirst().orElse(null);
        return date != null && date.length() >= 4 && Character.isDigit(date.charAt(0)) ? date.substring(0, 4) : null;
    }

    /**
     * When an article names a single flight, every crew it describes is that flight's crew: frames without a
     * mission take it, and frames of the same mission become one, so crewmates and attributes are shared.
     */
    private Collection<FlightFrame> consolidate(ResolvedArticle article) {
        Set<String> named = new HashSet<>();
        article.mentions().forEach(ms -> ms.stream().filter(m -> m.tag().equals("MISSION")).forEach(m -> named.add(m.canonical())));
        if (named.size() != 1) {
            return frames.values();
        }
        String mission = named.iterator().next();
        String missionVehicle = missions.vehicleOf(mission).orElse(frames.values().stream()
                .filter(f -> mission.equals(f.mission) && f.vehicle != null).map(f -> f.vehicle).findFirst().orElse(null));
        String missionYear = frames.values().stream().filter(f -> mission.equals(f.mission)).map(FlightFrameReader::year)
                .filter(Objects::nonNull).findFirst().orElse(null);
        FlightFrame merged = null;
        List<FlightFrame> result = new ArrayList<>();
        for (FlightFrame frame : frames.values()) {
            String year = year(frame);
            boolean unnamed = frame.mission == null && !frame.crew.isEmpty()
                    && (frame.vehicle != null || frame.launchSite != null) // a flight, not a career summary
                    && (frame.vehicle == null || missionVehicle == null || Objects.equals(frame.vehicle, missionVehicle))
                    && (year == null || missionYear == null || year.equals(missionYear)); // "... launched A last year"
            if (unnamed && missionYear == null) {
                missionYear = year;
            }
            if (!unnamed && !mission.equals(frame.mission)) {
                result.add(frame);
            } else if (merged == null) {
                merged = frame;
                merged.mission = mission;
                result.add(merged);
            } else {
                frame.crew.forEach(merged.crew::putIfAbsent);
                merged.learn(frame.vehicle, frame.launchSite, frame.destination, frame.date, merged.lastSentence);
            }
        }
        return result;
    }
}
