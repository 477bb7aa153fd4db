package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ResolvedArticle;
import org.newsfacts.model.Slots;

/**
 * Who flies on which flight: one fact per crew member of each flight the article describes
 * ({@link FlightFrameReader}), with the flight's vehicle, launch site, destination, mission, date and the
 * other crew members as crewmates. What the article leaves unsaid for a flight comes from the article as a
 * whole only where that is unambiguous: its one spaceport, its station, the vehicle a mission name states.
 */
public final class FlightAssignmentRule implements FactRule {
    private final Lexicons lexicons;
    private final MissionCatalog missions;
    private final FlightCues cues;
    private final FlyerFilter flyers;

    public FlightAssignmentRule(Lexicons lexicons, MissionCatalog missions) {
        this.lexicons = lexicons;
        this.missions = missions;
        FlightPhrases phrases = FlightPhrases.bundled();
        this.cues = new FlightCues(lexicons, phrases);
        this.flyers = new FlyerFilter(lexicons, phrases, cues);
    }

    @Override
    public FactType type() {
        return FactType.FLIGHT_ASSIGNMENT;
    }

    @Override
    public List<Fact> extract(ResolvedArticle article) {
        Collection<FlightFrame> frames = new FlightFrameReader(lexicons, cues, flyers, missions).read(article);
        Affiliations affiliations = new Affiliations(article, lexicons);
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
                Slots.PERSON.put(args, person);
                affiliations.organization(person).ifPresent(a -> Slots.AGENCY.put(args, a));
                Slots.VEHICLE.putIfPresent(args, vehicle);
                Slots.LAUNCH_SITE.putIfPresent(args, launchSite);
                Slots.DESTINATION.putIfPresent(args, destination);
                Slots.MISSION.putIfPresent(args, frame.mission);
                List<String> crewmates = frame.crew.keySet().stream().filter(p -> !p.equals(person)).toList();
                if (!crewmates.isEmpty()) {
                    Slots.CREWMATES.put(args, crewmates);
                }
                String date = seat.getValue().date() != null ? seat.getValue().date() : frame.date;
                if (date == null && cues.reportsLaunch(seat.getValue().sentence())) {
                    date = article.article().date(); // "Roscosmos launched A ..." in a dated report: that day
                }
                double confidence = frame.mission != null || frame.vehicle != null ? 0.9 : 0.7;
                facts.add(FactFactory.create(article, type(), args, date, seat.getValue().sentence(), confidence));
            }
        }
        return facts;
    }

    /** The launch site when the article launches from exactly one ("lifted off from Kennedy Space Center"). */
    private String onlyLaunchSite(ResolvedArticle article) {
        Set<String> sites = new LinkedHashSet<>();
        for (int s = 0; s < article.mentions().size(); s++) {
            cues.launchSite(new SentenceView(article.annotated().sentences().get(s), article.mentions().get(s)))
                    .ifPresent(sites::add);
        }
        return sites.size() == 1 ? sites.iterator().next() : null;
    }

    private static String mostMentioned(ResolvedArticle article, EntityType type) {
        return article.entities().stream().filter(e -> e.type() == type)
                .max(Comparator.comparingInt(e -> e.mentions())).map(e -> e.name()).orElse(null);
    }

}
