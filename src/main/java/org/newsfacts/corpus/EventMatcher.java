package org.newsfacts.corpus;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether two facts from different articles report the same event, per fact type and on key arguments
 * only; dates must be compatible unless the event is named (a flight's mission), in which case differing
 * dates become a conflict of the merged fact instead of two events.
 * <ul>
 * <li>FLIGHT_ASSIGNMENT: the same person; mission and vehicle not contradicting; the same mission, or
 *     two crewmates in common in the same year, or compatible dates.</li>
 * <li>LEADERSHIP_CHANGE: the same organisation and compatible dates, nobody coming in on one side and
 *     going out on the other; the same incoming or outgoing head, or two incoming heads on the same day.</li>
 * <li>AGREEMENT: the same set of parties, subjects not contradicting, compatible dates.</li>
 * <li>ROLE: the same person and title, organisations not contradicting, compatible dates.</li>
 * </ul>
 */
final class EventMatcher {
    private EventMatcher() {
    }

    /**
     * What two facts must share to be compared at all (type and person, organisation or parties); null
     * when the fact lacks its key slot, so it merges with nothing.
     */
    static String bucket(ResolvedFact f) {
        String key = switch (f.fact().type()) {
            case FLIGHT_ASSIGNMENT, ROLE -> f.key("person");
            case LEADERSHIP_CHANGE -> f.key("organization");
            case AGREEMENT -> f.keys("parties").size() < 2 ? null : String.join("|", new TreeSet<>(f.keys("parties")));
        };
        return key == null ? null : f.fact().type() + "|" + key;
    }

    static boolean sameEvent(ResolvedFact a, ResolvedFact b) {
        if (a.fact().type() != b.fact().type() || bucket(a) == null || !bucket(a).equals(bucket(b))) {
            return false;
        }
        return switch (a.fact().type()) {
            case FLIGHT_ASSIGNMENT -> sameFlight(a, b);
            case LEADERSHIP_CHANGE -> sameChange(a, b);
            case AGREEMENT -> a.compatible(b, "subject") && FactDates.compatible(a.date(), b.date());
            case ROLE -> a.same(b, "title") && a.compatible(b, "organization") && FactDates.compatible(a.date(), b.date());
        };
    }

    private static boolean sameFlight(ResolvedFact a, ResolvedFact b) {
        if (!a.compatible(b, "mission") || !a.compatible(b, "vehicle")) {
            return false;
        }
        return a.same(b, "mission")
                || (sharedCrew(a, b) >= 2 && FactDates.compatible(year(a.date()), year(b.date())))
                || FactDates.compatible(a.date(), b.date());
    }

    private static boolean sameChange(ResolvedFact a, ResolvedFact b) {
        boolean crossed = (a.key("incoming") != null && a.key("incoming").equals(b.key("outgoing")))
                || (a.key("outgoing") != null && a.key("outgoing").equals(b.key("incoming")));
        if (crossed || !FactDates.compatible(a.date(), b.date())) {
            return false;
        }
        boolean twoHeadsOneDay = a.key("incoming") != null && b.key("incoming") != null
                && FactDates.precision(a.date()) == 3 && a.date().equals(b.date()) && a.compatible(b, "role");
        return a.same(b, "incoming") || a.same(b, "outgoing") || twoHeadsOneDay;
    }

    private static int sharedCrew(ResolvedFact a, ResolvedFact b) {
        Set<String> shared = new HashSet<>(a.keys("crewmates"));
        shared.retainAll(b.keys("crewmates"));
        return shared.size();
    }

    /** The year of a date, or null when it is unknown. */
    private static String year(String date) {
        return date == null || date.length() < 4 || !Character.isDigit(date.charAt(0)) ? null : date.substring(0, 4);
    }
}
