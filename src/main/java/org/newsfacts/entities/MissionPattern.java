package org.newsfacts.entities;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A family of named flights ("Crew-5", "Soyuz MS-22"): how it is written, which spacecraft it implies
 * (null when the name does not tell), and how to spell its canonical name, so that "SpaceX Crew-5"
 * and "Crew-5" are one mission.
 */
public record MissionPattern(Pattern pattern, String vehicle, String canonicalTemplate) {

    /** The canonical mission name for a match of {@link #pattern}: {@code $1}... replaced by the groups. */
    public String canonical(MatchResult match) {
        String expanded = canonicalTemplate;
        for (int g = match.groupCount(); g >= 1; g--) {
            String value = match.group(g);
            expanded = expanded.replace("$" + g, value == null ? "" : value);
        }
        return expanded;
    }
}
