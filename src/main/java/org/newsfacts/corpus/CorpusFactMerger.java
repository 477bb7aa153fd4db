package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;

/**
 * Folds the facts of all articles into one {@link MergedFact} per event. Facts are taken in corpus order
 * (article date, then path); each joins the one group all of whose facts report the same event
 * ({@link EventMatcher}). A fact that would fit two groups joins neither: merging needs strong evidence.
 */
final class CorpusFactMerger {
    private static final Comparator<MergedFact> LISTING = Comparator.comparing(MergedFact::type)
            .thenComparing(MergedFact::date, FactDates.CHRONOLOGICAL)
            .thenComparing(MergedFact::id);

    private final FactResolver resolver;

    CorpusFactMerger(EntityRegistry registry) {
        this.resolver = new FactResolver(registry);
    }

    /** Merged facts by type, then oldest first (undated last). */
    List<MergedFactBuilder.Built> merge(List<Analysis> analyses) {
        List<Analysis> ordered = analyses.stream()
                .sorted(Comparator.comparing((Analysis a) -> a.article().date(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        Map<String, List<List<ResolvedFact>>> buckets = new LinkedHashMap<>();
        List<List<ResolvedFact>> alone = new ArrayList<>();
        for (Analysis analysis : ordered) {
            for (Fact fact : analysis.facts()) {
                ResolvedFact resolved = resolver.resolve(fact, analysis.article());
                String bucket = EventMatcher.bucket(resolved);
                if (bucket == null) {
                    alone.add(new ArrayList<>(List.of(resolved)));
                } else {
                    place(resolved, buckets.computeIfAbsent(bucket, b -> new ArrayList<>()));
                }
            }
        }
        List<List<ResolvedFact>> groups = new ArrayList<>(alone);
        buckets.values().forEach(groups::addAll);
        return groups.stream().map(MergedFactBuilder::build)
                .sorted(Comparator.comparing(MergedFactBuilder.Built::fact, LISTING))
                .toList();
    }

    /** A string whose natural order is the listing order: type, then chronology, then id. */
    static String listingKey(MergedFact fact) {
        return String.format(Locale.ROOT, "%02d", fact.type().ordinal()) + "\u0001" + FactDates.sortKey(fact.date())
                + "\u0001" + fact.id();
    }

    private static void place(ResolvedFact fact, List<List<ResolvedFact>> groups) {
        List<List<ResolvedFact>> fits = groups.stream()
                .filter(group -> group.stream().allMatch(member -> EventMatcher.sameEvent(member, fact)))
                .toList();
        if (fits.size() == 1) {
            fits.get(0).add(fact);
        } else {
            groups.add(new ArrayList<>(List.of(fact)));
        }
    }
}
