package org.newsfacts.corpus;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;

/**
 * One article's fact with its slot values resolved corpus-wide, so facts of different articles
 * compare by the things they name, not by spelling.
 *
 * @param values scalar slots
 * @param lists  list slots (crewmates, parties)
 */
record ResolvedFact(Fact fact, ArticleRecord article, Map<String, Value> values, Map<String, List<Value>> lists) {

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
