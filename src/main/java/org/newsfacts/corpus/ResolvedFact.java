package org.newsfacts.corpus;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;
import org.newsfacts.model.StoredMergedFact;

/**
 * One article's fact with its slot values resolved corpus-wide, so facts of different articles
 * compare by the things they name, not by spelling.
 *
 * @param values scalar slots
 * @param lists        list slots (crewmates, parties)
 * @param dependencies the grouping keys whose entities the resolution read ({@link EntityLookup#dependencies})
 * @param index        the fact's position in its article
 */
record ResolvedFact(Fact fact, ArticleRecord article, Map<String, Value> values, Map<String, List<Value>> lists,
                    Set<String> dependencies, int index) {
    /** The order facts are merged in: article date (undated last), then path, then place in the article. */
    static final Comparator<ResolvedFact> MERGE_ORDER = Comparator
            .comparing((ResolvedFact r) -> r.article().date(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(r -> r.article().path())
            .thenComparingInt(ResolvedFact::index);

    /** The stored form, kept in the merged fact's record. */
    StoredMergedFact.Report report() {
        return new StoredMergedFact.Report(fact, article, index, convert(values, v -> new StoredMergedFact.Value(v.key(), v.shown())),
                convertLists(lists, v -> new StoredMergedFact.Value(v.key(), v.shown())), List.copyOf(dependencies));
    }

    /** The fact as it was resolved when stored. */
    static ResolvedFact of(StoredMergedFact.Report r) {
        return new ResolvedFact(r.fact(), r.article(), convert(r.values(), v -> new Value(v.key(), v.shown())),
                convertLists(r.lists(), v -> new Value(v.key(), v.shown())), new TreeSet<>(r.dependencies()), r.index());
    }

    private static <A, B> Map<String, B> convert(Map<String, A> in, Function<A, B> f) {
        Map<String, B> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, f.apply(v)));
        return out;
    }

    private static <A, B> Map<String, List<B>> convertLists(Map<String, List<A>> in, Function<A, B> f) {
        Map<String, List<B>> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, v.stream().map(f).toList()));
        return out;
    }

    /**
     * A slot value: {@code key} is what compares (a corpus entity id, or folded text), {@code shown} what
     * is exported (the corpus entity's canonical name, or the value as written).
     */
    record Value(String key, Object shown) {
    }

    String date() {
        return fact.date();
    }

    /** Both give the slot, with the same value. */
    boolean same(ResolvedFact other, String slot) {
        Value a = values.get(slot);
        return a != null && other.values.get(slot) != null && a.key().equals(other.values.get(slot).key());
    }

    /** Not both given with different values. */
    boolean compatible(ResolvedFact other, String slot) {
        Value a = values.get(slot);
        Value b = other.values.get(slot);
        return a == null || b == null || a.key().equals(b.key());
    }

    /** The keys of a list slot, as a set. */
    Set<String> keys(String listSlot) {
        return lists.getOrDefault(listSlot, List.of()).stream().map(Value::key).collect(Collectors.toSet());
    }

    String key(String slot) {
        Value v = values.get(slot);
        return v == null ? null : v.key();
    }
}
