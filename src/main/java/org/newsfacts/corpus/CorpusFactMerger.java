package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.StoredMergedFact;

/**
 * Folds the facts of all articles into one {@link MergedFact} per event. Facts are taken in corpus order
 * (article date, then path); each joins the one group all of whose facts report the same event
 * ({@link EventMatcher}). A fact that would fit two groups joins neither: merging needs strong evidence.
 */
final class CorpusFactMerger {
    private static final Comparator<MergedFact> LISTING = Comparator.comparing(MergedFact::type)
            .thenComparing(MergedFact::date, FactDates.CHRONOLOGICAL)
            .thenComparing(MergedFact::id);

    /** The order articles' facts are placed in: article date (undated last), then path ({@link ResolvedFact#MERGE_ORDER}). */
    private static final Comparator<Analysis> ARTICLE_ORDER = Comparator
            .comparing((Analysis a) -> a.article().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(a -> a.article().path());
    private static final String ALONE = "alone:";

    private final FactResolver resolver;

    CorpusFactMerger(EntityLookup lookup) {
        this.resolver = new FactResolver(lookup);
    }

    /** Merged facts by type, then oldest first (undated last). */
    List<StoredMergedFact> merge(List<Analysis> analyses) {
        List<Analysis> ordered = analyses.stream().sorted(ARTICLE_ORDER).toList();
        Map<String, List<ResolvedFact>> buckets = new LinkedHashMap<>();
        for (Analysis analysis : ordered) {
            List<Fact> facts = analysis.facts();
            for (int i = 0; i < facts.size(); i++) {
                ResolvedFact resolved = resolver.resolve(facts.get(i), analysis.article(), i);
                buckets.computeIfAbsent(bucket(resolved), b -> new ArrayList<>()).add(resolved);
            }
        }
        List<StoredMergedFact> merged = new ArrayList<>();
        buckets.forEach((bucket, facts) -> merged.addAll(mergeBucket(bucket, facts)));
        merged.sort(Comparator.comparing(StoredMergedFact::fact, LISTING));
        return merged;
    }

    /** The {@code index}th fact of an article, resolved. */
    ResolvedFact resolve(Analysis analysis, int index) {
        return resolver.resolve(analysis.facts().get(index), analysis.article(), index);
    }

    /**
     * The facts compared with this one ({@link EventMatcher#bucket}); a fact lacking its key slot merges with
     * nothing and is a bucket of its own, named after its article and id.
     */
    static String bucket(ResolvedFact fact) {
        String bucket = EventMatcher.bucket(fact);
        return bucket != null ? bucket : ALONE + fact.article().id() + "#" + fact.fact().id();
    }

    /**
     * One bucket's merged facts, its facts given in {@link ResolvedFact#MERGE_ORDER}: each joins the one group all of
     * whose facts report the same event, else starts its own. The result depends on nothing outside the bucket.
     */
    static List<StoredMergedFact> mergeBucket(String bucket, List<ResolvedFact> facts) {
        if (bucket.startsWith(ALONE) || facts.isEmpty()) {
            return facts.stream().map(f -> stored(bucket, List.of(f))).toList();
        }
        EventGroups groups = new EventGroups(facts.get(0).fact().type().schema());
        facts.forEach(groups::place);
        return groups.groups().stream().map(group -> stored(bucket, group)).toList();
    }

    private static StoredMergedFact stored(String bucket, List<ResolvedFact> group) {
        MergedFactBuilder.Built built = MergedFactBuilder.build(group);
        Set<String> dependencies = new TreeSet<>();
        group.forEach(f -> dependencies.addAll(f.dependencies()));
        return new StoredMergedFact(built.fact(), List.copyOf(built.principals()), List.copyOf(built.entities()),
                listingKey(built.fact()), bucket, List.copyOf(dependencies),
                group.stream().map(ResolvedFact::report).toList());
    }

    /** A string whose natural order is the listing order: type, then chronology, then id. */
    static String listingKey(MergedFact fact) {
        return String.format(Locale.ROOT, "%02d", fact.type().ordinal()) + "\u0001" + FactDates.sortKey(fact.date())
                + "\u0001" + fact.id();
    }
}
