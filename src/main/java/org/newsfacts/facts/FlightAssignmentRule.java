package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.EntityMention;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ResolvedArticle;

/**
 * Who flies on which flight. Reads the article as a sequence of {@link FlightFrame}s: a sentence naming a
 * mission or spacecraft opens or returns to that flight's frame, a following sentence about "the crew"
 * continues it, and every crew member of a frame gets one fact with the frame's vehicle, launch site,
 * destination, date and the others as crewmates.
 */
public final class FlightAssignmentRule implements FactRule {
    /** Triggers that state a flight on their own; the weaker ones ("crew", "mission") need a named flight nearby. */
    private static final Set<String> STRONG = Set.of("fly", "launch", "liftoff", "lift", "blast", "ride", "assign",
            "spaceflight", "rocket");
    /** A sentence about how a crew used to be, not how it is: "at the time", "originally", "initially". */
    private static final Set<String> SUPERSEDED = Set.of("originally", "initially", "previously", "formerly");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> LAUNCHED = Set.of("launch", "lift", "blast");
    private static final Set<String> HOMECOMING = Set.of("return", "land", "landing", "splash", "splashdown", "undock", "touchdown");
    private static final Pattern SPACEPORT = Pattern.compile(
            ".*(Cosmodrome|Space Cent(er|re)|Launch Cent(er|re)|Spaceport|Space Force (Station|Base)|Air Force (Station|Base)|Starbase).*");
    private static final Set<String> SAME = Set.of("month", "day", "week", "year", "time");
    /** Words by which a sentence goes on about the flight just described ("They will be joined by ..."). */
    private static final Set<String> ANAPHORA = Set.of("they", "them", "their", "crew", "crews", "trio", "quartet",
            "foursome", "team", "mission", "alongside", "crewmates", "both");
    private static final int FRAME_REACH = 2;
    private static final Set<String> SPACE_WORDS = Set.of("space", "orbit", "spaceflight", "crew", "spacecraft", "capsule", "suborbital");

    private final Lexicons lexicons;
    private final MissionCatalog missions;
    private final FlyerFilter flyers;

    public FlightAssignmentRule(Lexicons lexicons, MissionCatalog missions) {
        this.lexicons = lexicons;
        this.missions = missions;
        this.flyers = new FlyerFilter(lexicons);
    }

    @Override
    public FactType type() {
        return FactType.FLIGHT_ASSIGNMENT;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        Affiliations affiliations = new Affiliations(article, lexicons);
        Map<String, FlightFrame> frames = new LinkedHashMap<>();
        FlightFrame current = null;
        Map<EntityMention, Integer> mentionCounts = new java.util.TreeMap<>(
                java.util.Comparator.comparing(EntityMention::canonical));
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            EntityMention protagonist = mostMentioned(mentionCounts);
            for (EntityMention p : view.mentions(EntityType.PERSON)) {
                mentionCounts.merge(p, 1, Integer::sum);
            }
            List<EntityMention> named = view.missions();
            List<EntityMention> vehicles = view.mentions(EntityType.SPACECRAFT).stream()
                    .filter(m -> !m.tag().equals("MISSION") && !lexicons.launchVehicles().contains(m.canonical())).toList();
            boolean strong = view.contains(STRONG) || takesOff(view);
            boolean weak = view.contains(lexicons.flightTriggers());
            boolean continues = current != null && s - current.lastSentence <= FRAME_REACH && view.contains(ANAPHORA);
            if (!((strong && inSpace(view)) || (weak && (!named.isEmpty() || !vehicles.isEmpty() || continues)))) {
                continue;
            }
            String vehicle = vehicles.isEmpty() ? null : vehicles.get(0).canonical();
            String date = sameAsBefore(view, current).orElse(null);
            FlightFrame touched = null;
            List<EntityMention> crew = superseded(view) || homecoming(view) ? List.of() : crewOf(view, strong, protagonist);
            for (EntityMention person : crew) {
                FlightFrame frame = frameFor(view, person, named, vehicle, current, continues, frames, s);
                if (alreadyFlying(frames, person.canonical(), frame, !named.isEmpty())) {
                    continue;
                }
                String personDate = date != null ? date : view.dateNear(nearestTrigger(view, person)).orElse(null);
                frame.crew.putIfAbsent(person.canonical(), new FlightFrame.Seat(view.sentence(), personDate, true));
                touched = frame;
            }
            if (touched == null && !named.isEmpty() && continues && current.mission == null && opensWithAnaphora(view)) {
                current.mission = named.get(0).canonical(); // "The trio launched on Soyuz MS-22": the flight gets its name
                touched = current;
            } else if (touched == null && !named.isEmpty()) {
                touched = frames.computeIfAbsent(named.get(0).canonical(), k -> new FlightFrame(k, null, view.index()));
            } else if (touched == null && continues) {
                touched = current;
            } else if (touched == null && vehicle != null && strong) {
                // "A rocket sent a Crew Dragon to the station": the crew may be named in the next sentence
                touched = frames.computeIfAbsent("vehicle:" + vehicle + "@" + s, k -> new FlightFrame(null, vehicle, view.index()));
            }
            if (touched != null) {
                touched.learn(vehicle, launchSite(view).orElse(null),
                        view.mentions(EntityType.STATION).stream().map(EntityMention::canonical).findFirst().orElse(null),
                        date != null ? date : view.dateNear(firstTrigger(view)).orElse(null), s);
                current = touched;
            }
        }
        return facts(article, consolidate(article, frames), affiliations);
    }

    /**
     * When an article names a single flight, every crew it describes is that flight's crew: frames without a
     * mission take it, and frames of the same mission become one, so crewmates and attributes are shared.
     */
    private static java.util.Collection<FlightFrame> consolidate(ResolvedArticle article, Map<String, FlightFrame> frames) {
        java.util.Set<String> named = new java.util.HashSet<>();
        article.mentions().forEach(ms -> ms.stream().filter(m -> m.tag().equals("MISSION")).forEach(m -> named.add(m.canonical())));
        if (named.size() != 1) {
            return frames.values();
        }
        String mission = named.iterator().next();
        FlightFrame merged = null;
        List<FlightFrame> result = new ArrayList<>();
        for (FlightFrame frame : frames.values()) {
            boolean unnamed = frame.mission == null && frame.crew.size() > 0
                    && (frame.vehicle != null || frame.launchSite != null); // a flight, not a career summary
            if (!unnamed && !mission.equals(frame.mission)) {
                result.add(frame);
                continue;
            }
            if (merged == null) {
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

    /** The people the sentence puts on a flight; "he flew on ..." stands for the article's main person so far. */
    private List<EntityMention> crewOf(SentenceView view, boolean strong, EntityMention previousPerson) {
        List<EntityMention> crew = view.mentions(EntityType.PERSON).stream().filter(p -> flyers.isFlyer(view, p)).toList();
        if (crew.isEmpty() && strong && previousPerson != null && previousPerson.canonical().contains(" ")) {
            int trigger = view.find(STRONG, 0, view.size());
            if (view.find(PRONOUNS, trigger - 3, trigger) >= 0 && !view.hedged(lexicons.hedges(), 0, view.size())) {
                return List.of(previousPerson);
            }
        }
        return crew;
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

    /** "The trio launched ...": the sentence is about the flight just described from its first words. */
    private static boolean opensWithAnaphora(SentenceView view) {
        return view.find(ANAPHORA, 0, Math.min(view.size(), 4)) >= 0;
    }

    /** "A returned to Earth aboard Soyuz MS-25": a return or landing is not an assignment to a flight. */
    private boolean homecoming(SentenceView view) {
        return view.contains(HOMECOMING) && !view.contains(LAUNCHED) && !takesOff(view);
    }

    /** The person named most so far: whom "he" or "she" most likely means in a news story. */
    private static EntityMention mostMentioned(Map<EntityMention, Integer> counts) {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean superseded(SentenceView view) {
        String text = view.sentence().text();
        return view.contains(SUPERSEDED) || text.contains("at the time") || text.contains("supposed to")
                || text.contains("was set to") || text.contains("were set to") || text.contains("had been");
    }

    /** "launch a nuclear strike" is not a spaceflight: a flight sentence names a craft, station, site or space itself. */
    private boolean inSpace(SentenceView view) {
        return view.mentions().stream().anyMatch(m -> m.type() == EntityType.SPACECRAFT || m.type() == EntityType.STATION
                        || (m.type() == EntityType.PLACE && SPACEPORT.matcher(m.canonical()).matches()))
                || view.contains(SPACE_WORDS) || view.contains(lexicons.astronautNouns());
    }

    private FlightFrame frameFor(SentenceView view, EntityMention person, List<EntityMention> named, String vehicle,
                                 FlightFrame current, boolean continues, Map<String, FlightFrame> frames, int s) {
        if (!named.isEmpty()) {
            EntityMention nearest = named.stream()
                    .min((a, b) -> Integer.compare(SentenceView.distance(a, person.tokenStart()),
                            SentenceView.distance(b, person.tokenStart())))
                    .orElseThrow();
            return frames.computeIfAbsent(nearest.canonical(), k -> new FlightFrame(k, null, s));
        }
        if (continues && (vehicle == null || vehicle.equals(current.vehicle) || current.vehicle == null)) {
            return current;
        }
        String key = vehicle != null ? "vehicle:" + vehicle + "@" + s : "sentence:" + s;
        return frames.computeIfAbsent(key, k -> new FlightFrame(null, vehicle, s));
    }

    /** A person already on a flight joins another only when the sentence names that other flight. */
    private static boolean alreadyFlying(Map<String, FlightFrame> frames, String person, FlightFrame frame, boolean explicit) {
        return frames.values().stream().anyMatch(f -> f != frame && f.crew.containsKey(person)) && !explicit;
    }

    private Optional<String> launchSite(SentenceView view) {
        for (EntityMention place : view.mentions(EntityType.PLACE)) {
            boolean from = view.find(Set.of("from"), place.tokenStart() - 4, place.tokenStart()) >= 0;
            if (SPACEPORT.matcher(place.canonical()).matches() && (from || view.contains(STRONG))) {
                return Optional.of(place.canonical());
            }
        }
        return Optional.empty();
    }

    /** "That same month": the date of the flight the previous sentences described. */
    private static Optional<String> sameAsBefore(SentenceView view, FlightFrame current) {
        int same = view.find(Set.of("same"), 0, view.size());
        if (same >= 0 && SAME.contains(view.lemma(same + 1)) && current != null) {
            return Optional.ofNullable(current.date != null ? current.date
                    : current.crew.values().stream().map(FlightFrame.Seat::date).filter(d -> d != null).findFirst().orElse(null));
        }
        return Optional.empty();
    }

    private int nearestTrigger(SentenceView view, EntityMention person) {
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

    private int firstTrigger(SentenceView view) {
        int i = view.find(STRONG, 0, view.size());
        return i >= 0 ? i : Math.max(0, view.find(lexicons.flightTriggers(), 0, view.size()));
    }

    private List<Fact> facts(ResolvedArticle article, java.util.Collection<FlightFrame> frames, Affiliations affiliations) {
        String articleStation = mostMentioned(article, EntityType.STATION);
        String articleSite = onlyLaunchSite(article);
        List<Fact> facts = new ArrayList<>();
        for (FlightFrame frame : frames) {
            if (frame.mission == null && frame.vehicle == null && frame.launchSite == null) {
                continue; // no identifiable flight: a career summary, not an assignment
            }
            String vehicle = frame.vehicle;
            if (vehicle == null && frame.mission != null) {
                vehicle = missions.vehicleOf(frame.mission).orElse(null);
            }
            if (vehicle == null && frame.launchSite != null) {
                vehicle = lexicons.siteVehicle().get(frame.launchSite);
            }
            String destination = frame.destination != null ? frame.destination : articleStation;
            String launchSite = frame.launchSite != null ? frame.launchSite : articleSite;
            for (Map.Entry<String, FlightFrame.Seat> seat : frame.crew.entrySet()) {
                String person = seat.getKey();
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("person", person);
                affiliations.organization(person).ifPresent(a -> args.put("agency", a));
                putIfPresent(args, "vehicle", vehicle);
                putIfPresent(args, "launch_site", launchSite);
                putIfPresent(args, "destination", destination);
                putIfPresent(args, "mission", frame.mission);
                List<String> crewmates = frame.crew.keySet().stream().filter(p -> !p.equals(person)).toList();
                if (!crewmates.isEmpty()) {
                    args.put("crewmates", crewmates);
                }
                String date = seat.getValue().date() != null ? seat.getValue().date() : frame.date;
                if (date == null && reportsLaunch(seat.getValue().sentence(), article)) {
                    date = article.article().date(); // "Roscosmos launched A ..." in a dated report: that day
                }
                double confidence = frame.mission != null || frame.vehicle != null ? 0.9 : 0.7;
                facts.add(FactFactory.create(article, type(), args, date, seat.getValue().sentence(), confidence));
            }
        }
        return facts;
    }

    /** Whether the sentence reports a launch that has happened ("launched", "lifted off"), in a dated article. */
    private static boolean reportsLaunch(org.newsfacts.model.Sentence sentence, ResolvedArticle article) {
        if (article.article().date() == null) {
            return false;
        }
        return sentence.tokens().stream().anyMatch(t -> "VBD".equals(t.pos()) && t.lemma() != null
                && LAUNCHED.contains(t.lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The launch site when the article launches from exactly one ("lifted off from Kennedy Space Center"). */
    private String onlyLaunchSite(ResolvedArticle article) {
        java.util.Set<String> sites = new java.util.LinkedHashSet<>();
        for (int s = 0; s < article.mentions().size(); s++) {
            SentenceView view = new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s));
            launchSite(view).ifPresent(sites::add);
        }
        return sites.size() == 1 ? sites.iterator().next() : null;
    }

    private static String mostMentioned(ResolvedArticle article, EntityType type) {
        return article.entities().stream().filter(e -> e.type() == type)
                .max((a, b) -> Integer.compare(a.mentions(), b.mentions()))
                .map(e -> e.name()).orElse(null);
    }

    private static void putIfPresent(Map<String, Object> args, String slot, String value) {
        if (value != null) {
            args.put(slot, value);
        }
    }
}
