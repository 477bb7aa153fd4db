package org.newsfacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.web.Views.Chart;
import org.newsfacts.web.Views.Lane;
import org.newsfacts.web.Views.Mark;
import org.newsfacts.web.Views.Tick;

/**
 * Chart geometry computed on the server, drawn as inline SVG by the templates: no script and no library,
 * so charts show with JavaScript off and under a strict Content-Security-Policy.
 */
final class Charts {
    private static final int WIDTH = 900;
    private static final int LEFT = 150;
    private static final int RIGHT = 30;
    private static final int LANE = 36;
    private static final int TOP = 16;

    private Charts() {
    }

    /**
     * An entity's timeline: one lane per fact type, each fact with a known year a box at its date (a box
     * spans its month or year when the day or month is unknown); conflicted facts are marked. Facts
     * without a known year are counted in the note and listed in the table under the chart.
     */
    static Chart timeline(List<MergedFact> facts) {
        List<MergedFact> dated = facts.stream().filter(f -> year(f.date()) > 0).toList();
        List<FactType> types = facts.stream().map(MergedFact::type).distinct().sorted().toList();
        int height = TOP + Math.max(1, types.size()) * LANE + 30;
        int axisY = height - 28;
        List<Lane> lanes = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            lanes.add(new Lane(TOP + i * LANE + LANE / 2 + 4, types.get(i).name()));
        }
        List<Tick> ticks = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        if (!dated.isEmpty()) {
            int first = dated.stream().mapToInt(f -> year(f.date())).min().orElseThrow();
            int last = dated.stream().mapToInt(f -> year(f.date())).max().orElseThrow() + 1;
            double span = last - first;
            int step = Math.max(1, (int) Math.ceil(span / 12));
            for (int y = first; y <= last; y += step) {
                ticks.add(new Tick(x(y, first, span), Integer.toString(y)));
            }
            for (MergedFact f : dated) {
                double[] range = range(f.date());
                int x0 = x(range[0], first, span);
                int width = Math.max(8, x(range[1], first, span) - x0);
                int lane = types.indexOf(f.type());
                marks.add(new Mark(x0, TOP + lane * LANE + 6, width, LANE - 12,
                        "mark fact-" + f.type().name().toLowerCase(Locale.ROOT) + (f.conflicts().isEmpty() ? "" : " conflict"),
                        FactRows.summary(f), "#fact-" + f.id()));
            }
        }
        long undated = facts.size() - dated.size();
        String note = undated == 0 ? null : undated + " fact" + (undated == 1 ? "" : "s") + " without a known year: listed below";
        return new Chart(WIDTH, height, axisY, ticks, lanes, marks, note);
    }

    /** Merged facts per month ({@code YYYY-MM} → count, in month order), as bars. */
    static Chart perMonth(Map<String, Integer> counts) {
        int height = 180;
        int axisY = height - 28;
        List<Tick> ticks = new ArrayList<>();
        List<Mark> marks = new ArrayList<>();
        if (!counts.isEmpty()) {
            int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            int n = counts.size();
            double slot = (double) (WIDTH - LEFT - RIGHT) / n;
            int i = 0;
            int labelEvery = Math.max(1, n / 12);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                int x = LEFT + (int) Math.round(i * slot);
                int h = (int) Math.round((axisY - TOP) * (double) e.getValue() / max);
                marks.add(new Mark(x + 1, axisY - h, Math.max(2, (int) slot - 2), h, "bar",
                        e.getKey() + ": " + e.getValue() + " fact" + (e.getValue() == 1 ? "" : "s"),
                        Hrefs.query("/facts", Hrefs.params("merged", "true", "from", e.getKey(), "to", e.getKey()))));
                if (i % labelEvery == 0) {
                    ticks.add(new Tick(x + (int) (slot / 2), e.getKey()));
                }
                i++;
            }
        }
        String note = counts.isEmpty() ? "no fact with a known month" : null;
        return new Chart(WIDTH, height, axisY, ticks, List.of(new Lane(TOP + 10, "facts per month")), marks, note);
    }

    private static int x(double value, int first, double span) {
        return LEFT + (int) Math.round((value - first) / span * (WIDTH - LEFT - RIGHT));
    }

    /** The year of a date, or 0 when it has none ({@code XXXX-09}, null). */
    static int year(String date) {
        if (date == null || date.length() < 4) {
            return 0;
        }
        try {
            return Integer.parseInt(date.substring(0, 4));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The stretch of time a date covers, in fractional years: a day, a month or a whole year. */
    private static double[] range(String date) {
        int year = year(date);
        String[] parts = date.split("-");
        int month = parts.length > 1 ? parse(parts[1]) : 0;
        int day = parts.length > 2 ? parse(parts[2]) : 0;
        if (month == 0) {
            return new double[] {year, year + 1};
        }
        double start = year + (month - 1) / 12.0;
        if (day == 0) {
            return new double[] {start, start + 1 / 12.0};
        }
        double at = start + (day - 1) / 365.0;
        return new double[] {at, at + 1 / 365.0};
    }

    private static int parse(String part) {
        try {
            return Integer.parseInt(part);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
