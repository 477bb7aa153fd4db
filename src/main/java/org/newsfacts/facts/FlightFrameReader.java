package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Objects;
import java.util.LinkedHashMap;
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
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final int FRAME_REACH = 2;
    /** Words that open a contrasting clause about other people. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", ";", "but");

    private final Lexicons lexicons;
    private final FlightCues cues;
    private final FlyerFilter flyers;
    private final MissionCatalog missions;
    private final Set<String> withdrawn = new HashSet<>();
    private final Map<String, FlightFrame> frames = new LinkedHashMap<>();
    private final Map<EntityMention, Integer> personCounts = new TreeMap<>(Comparator.comparing(EntityMention::canonical));
    private FlightFrame current;

    FlightFrameReader(Lexicons lexicons, FlightCues cues, FlyerFilter flyers, MissionCatalog missions) {
        this.lexicons = lexicons;
        this.cues = cues;
        this.flyers = flyers;
        this.missions = missions;
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
        return consolidate(article);
    }

    private void readSentence(SentenceView view, int s, EntityMention protagonist) {
        List<EntityMention> named = view.missions();
        List<EntityMention> vehicles = view.mentions(EntityType.SPACECRAFT).stream()
                .filter(m -> !m.tag().equals("MISSION") && !lexicons.launchVehicles().contains(m.canonical())).toList();
        boolean strong = cues.strong(view);
        if (strong || cues.weak(view) || !named.isEmpty() || !vehicles.isEmpty()) {
            withdraw(view, named, s);
        }
        boolean continues = current != null && s - current.lastSentence <= FRAME_REACH
                && (FlightCues.anaphoric(view) || namesCrewOf(view, current)); // "A is joined by B": A's flight
        if (!((strong && cues.inSpace(view)) || (cues.weak(view) && (!named.isEmpty() || !vehicles.isEmpty() || continues)))) {
            return;
        }
        String vehicle = vehicles.isEmpty() ? null : vehicles.get(0).canonical();
        String date = FlightCues.sameAsBefore(view, current).orElse(null);
        FlightFrame touched = null;
        List<EntityMention> crew = cues.superseded(view) || FlightCues.homecoming(view) || cues.stayOnly(view)
                ? List.of() : crewOf(view, strong, protagonist);
        for (EntityMention person : crew) {
            List<EntityMention> ownClause = named.stream().filter(m -> sameClause(view, m, person)).toList();
            FlightFrame frame = frameFor(person, ownClause, vehicle, continues, s);
            if (alreadyFlying(person.canonical(), frame, !ownClause.isEmpty())
                    || (ownClause.isEmpty() && withdrawn.contains(person.canonical()))) {
                continue;
            }
            String personDate = date != null ? date : cues.launchDateNear(view, cues.nearestTrigger(view, person)).orElse(null);
            frame.crew.putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), personDate));
            touched = frame;
        }
        if (touched == null && !named.isEmpty() && continues && current.mission == null && FlightCues.opensWithAnaphora(view)) {
            current.mission = named.get(0).canonical(); // "The trio launched on Soyuz MS-40": the flight gets its name
            touched = current;
        } else if (touched == null && !named.isEmpty()) {
            touched = frames.computeIfAbsent(named.get(0).canonical(), k -> new FlightFrame(k, null, s));
        } else if (touched == null && continues) {
            touched = current;
        } else if (touched == null && vehicle != null && strong) {
            // "A rocket sent a Crew Dragon to the station": the crew may be named in the next sentence
            touched = frames.computeIfAbsent("vehicle:" + vehicle + "@" + s, k -> new FlightFrame(null, vehicle, s));
        }
        if (touched != null) {
            touched.learn(vehicle, cues.launchSite(view).orElse(null),
                    view.mentions(EntityType.STATION).stream().map(EntityMention::canonical).findFirst().orElse(null),
                    date != null ? date : cues.launchDateNear(view, cues.firstTrigger(view)).orElse(null), s);
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
            EntityMention target = named.stream().filter(m -> m.tokenStart() > person.tokenEnd()
                    && (view.lower(m.tokenStart() - 1).equals("to")
                        || (view.lower(m.tokenStart() - 2).equals("to") && view.pos(m.tokenStart() - 1).equals("DT"))))
                    .findFirst().orElse(null);
            for (FlightFrame frame : frames.values()) {
                boolean mentioned = named.stream().anyMatch(m -> m.canonical().equals(frame.mission));
                boolean isTarget = target != null && target.canonical().equals(frame.mission);
                if (!isTarget && (named.isEmpty() || mentioned || target != null)) {
                    frame.crew.remove(person.canonical());
                }
            }
            if (target != null) {
                frames.computeIfAbsent(target.canonical(), k -> new FlightFrame(k, null, s)).crew
                        .putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), null));
            } else {
                withdrawn.add(person.canonical());
            }
        }
    }

    /** The people the sentence puts on a flight; "he flew on ..." stands for the article's main person so far. */
    private List<EntityMention> crewOf(SentenceView view, boolean strong, EntityMention protagonist) {
        List<EntityMention> crew = view.mentions(EntityType.PERSON).stream().filter(p -> flyers.isFlyer(view, p)).toList();
        if (crew.isEmpty() && strong && protagonist != null && protagonist.canonical().contains(" ")) {
            int trigger = view.find(FlightCues.STRONG, 0, view.size());
            if (view.find(PRONOUNS, trigger - 3, trigger) >= 0 && !view.hedged(lexicons.hedges(), 0, view.size())) {
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

    /** No clause break between two mentions: "A flew on M1 in 2001, while B will take her first trip" parts A from M1. */
    private static boolean sameClause(SentenceView view, EntityMention a, EntityMention b) {
        int from = Math.min(a.tokenEnd(), b.tokenEnd());
        int to = Math.max(a.tokenStart(), b.tokenStart());
        return view.find(CLAUSE_BREAKS, from, to) < 0;
    }

    private static boolean namesCrewOf(SentenceView view, FlightFrame frame) {
        return view.mentions(EntityType.PERSON).stream().anyMatch(p -> frame.crew.containsKey(p.canonical()));
    }

    /** A person already on a flight joins another only when the sentence names that other flight. */
    private boolean alreadyFlying(String person, FlightFrame frame, boolean explicit) {
        return !explicit && frames.values().stream().anyMatch(f -> f != frame && f.crew.containsKey(person));
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
        FlightFrame merged = null;
        List<FlightFrame> result = new ArrayList<>();
        for (FlightFrame frame : frames.values()) {
            boolean unnamed = frame.mission == null && !frame.crew.isEmpty()
                    && (frame.vehicle != null || frame.launchSite != null) // a flight, not a career summary
                    && (frame.vehicle == null || missionVehicle == null || Objects.equals(frame.vehicle, missionVehicle));
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
