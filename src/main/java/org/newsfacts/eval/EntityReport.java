package org.newsfacts.eval;

import java.util.List;

/**
 * The outcome of scoring entities: counts per group, and the missed gold entities and extra predictions
 * (one line each, sorted) that {@code --verbose} lists.
 */
public record EntityReport(List<GroupScore> groups, List<String> misses, List<String> extras) {
    public EntityReport {
        groups = List.copyOf(groups);
        misses = List.copyOf(misses);
        extras = List.copyOf(extras);
    }

    /**
     * One group's counts.
     *
     * @param canonical matched predictions whose name is the gold name (not just one of its forms)
     */
    public record GroupScore(String group, int gold, int predicted, int matched, int canonical) {
        TypeScore asTypeScore() {
            return new TypeScore(group, gold, predicted, matched);
        }
    }

    /** All groups together. */
    public GroupScore overall() {
        return new GroupScore("all", groups.stream().mapToInt(GroupScore::gold).sum(),
                groups.stream().mapToInt(GroupScore::predicted).sum(), groups.stream().mapToInt(GroupScore::matched).sum(),
                groups.stream().mapToInt(GroupScore::canonical).sum());
    }

    /** The reference scorer's non-verbose output, line for line and digit for digit. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        for (GroupScore g : groups) {
            out.append(line(g));
        }
        out.append(line(overall()));
        out.append('{');
        for (GroupScore g : groups) {
            out.append('"').append(g.group()).append("\": ").append(EvalReport.rounded(g.asTypeScore().f1())).append(", ");
        }
        out.append("\"all\": ").append(EvalReport.rounded(overall().asTypeScore().f1())).append("}\n");
        return out.toString();
    }

    /** Misses then extras, one per line. */
    public String toListing() {
        StringBuilder out = new StringBuilder();
        misses.forEach(m -> out.append(m).append('\n'));
        extras.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }

    private static String line(GroupScore g) {
        TypeScore t = g.asTypeScore();
        double canonical = g.matched() == 0 ? 0.0 : (double) g.canonical() / g.matched();
        return String.format("%-7s gold=%4d pred=%4d tp=%4d  P=%s R=%s F1=%s  canonical=%s\n", g.group(), g.gold(),
                g.predicted(), g.matched(), EvalReport.fixed(t.precision(), 2), EvalReport.fixed(t.recall(), 2),
                EvalReport.fixed(t.f1(), 2), EvalReport.fixed(canonical, 2));
    }
}
