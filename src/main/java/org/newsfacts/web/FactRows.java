package org.newsfacts.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;
import org.newsfacts.web.Views.FactRow;
import org.newsfacts.web.Views.Link;
import org.newsfacts.web.Views.Slot;

/**
 * Facts as table rows: slots with links to their entities' pages, the evidence sentence, conflicts in words,
 * and the supporting articles. {@code linker} turns a slot value into an entity link, or null.
 */
final class FactRows {
    /** Slots that hold wording (a post, a subject), not an entity's name: never linked. */
    private static final Set<String> WORDING_SLOTS = Set.of("role", "title", "subject", "former", "mission");

    private final Function<String, String> linker;

    FactRows(Function<String, String> linker) {
        this.linker = linker;
    }

    FactRow of(Fact fact) {
        return new FactRow("fact-" + fact.id(), fact.type().name(), dateOf(fact.date()), slots(fact.args()),
                fact.evidence() == null ? "" : fact.evidence().sentence().replaceAll("\\s+", " "), List.of(),
                List.of(new Link("article", Hrefs.article(fact.article()) + "#" + "fact-" + fact.id())),
                String.format(Locale.ROOT, "%.2f", fact.confidence()));
    }

    FactRow of(MergedFact fact) {
        List<String> conflicts = fact.conflicts().stream()
                .map(c -> c.slot() + ": " + c.values().stream()
                        .map(v -> v.value() + " (" + v.articles().size() + " article" + (v.articles().size() == 1 ? "" : "s") + ")")
                        .collect(Collectors.joining(" vs ")))
                .toList();
        List<Link> sources = new ArrayList<>();
        int n = 1;
        for (MergedFact.Source s : fact.sources()) {
            sources.add(new Link("source " + n++ + (s.date() == null ? "" : " (" + s.date() + ")"),
                    Hrefs.article(s.article()) + (s.fact() == null ? "" : "#fact-" + s.fact())));
        }
        return new FactRow("fact-" + fact.id(), fact.type().name(), dateOf(fact.date()), slots(fact.args()),
                fact.evidence() == null ? "" : fact.evidence().sentence().replaceAll("\\s+", " "), conflicts, sources,
                String.format(Locale.ROOT, "%.2f", fact.confidence()));
    }

    /** A short line for a chart's tooltip: type, date and the main slots. */
    static String summary(MergedFact fact) {
        return fact.type() + " " + dateOf(fact.date()) + ": " + fact.args().entrySet().stream()
                .filter(e -> !(e.getValue() instanceof Boolean))
                .map(e -> e.getKey() + " " + text(e.getValue())).collect(Collectors.joining(", "))
                + (fact.conflicts().isEmpty() ? "" : " (conflict: " + fact.conflicts().stream()
                        .map(MergedFact.Conflict::slot).collect(Collectors.joining(", ")) + ")");
    }

    private List<Slot> slots(Map<String, Object> args) {
        List<Slot> slots = new ArrayList<>();
        args.forEach((name, value) -> {
            if (value instanceof List<?> list) {
                list.forEach(v -> slots.add(slot(name, String.valueOf(v))));
            } else {
                slots.add(value instanceof String s ? slot(name, s) : new Slot(name, String.valueOf(value), null));
            }
        });
        return slots;
    }

    private Slot slot(String name, String value) {
        return new Slot(name, value, WORDING_SLOTS.contains(name) ? null : linker.apply(value));
    }

    private static String text(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).collect(Collectors.joining(" + ")) : String.valueOf(value);
    }

    static String dateOf(String date) {
        return date == null ? "undated" : date;
    }
}
