package org.newsfacts.facts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsfacts.model.Sentence;

/**
 * One flight as an article describes it across sentences: the mission or vehicle, where from, where to,
 * when, and who is on it. Mutable while the rule reads the article; it never leaves the rule.
 */
final class FlightFrame {
    /** Where a crew member was read, and the date that sentence gives for their flight. */
    record Seat(Sentence sentence, String date) {
    }

    String mission;
    String vehicle;
    String launchSite;
    String destination;
    String date;
    int lastSentence;
    final Map<String, Seat> crew = new LinkedHashMap<>();

    FlightFrame(String mission, String vehicle, int sentence) {
        this.mission = mission;
        this.vehicle = vehicle;
        this.lastSentence = sentence;
    }

    /**
     * Keeps the first value read for each attribute: articles name a flight's facts before they digress. A date
     * that only names the year yields to a later one that names a month or day of that year.
     */
    void learn(String vehicle, String launchSite, String destination, String date, int sentence) {
        if (this.vehicle == null) {
            this.vehicle = vehicle;
        }
        if (this.launchSite == null) {
            this.launchSite = launchSite;
        }
        if (this.destination == null) {
            this.destination = destination;
        }
        if (this.date == null || (date != null && this.date.length() == 4 && date.length() > 4 && date.startsWith(this.date))) {
            this.date = date; // "a late-summer launch" (that year), then "in August": the more precise date
        }
        this.lastSentence = sentence;
    }
}
