package org.newsfacts.search;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The last few thousand answers of one commit, least recently used dropped first: what a searcher computes
 * again and again for the same key (a popular article's hit summary, the total of a query paged through) is
 * worth keeping while its commit is open, and only then, since doc ids and counts belong to that commit.
 * Safe for concurrent searches; two racing on one key both compute it, and the answers are equal.
 */
final class RecentAnswers<K, V> {
    /** How one answer is computed. */
    @FunctionalInterface
    interface Compute<K, V> {
        V apply(K key) throws IOException;
    }

    private final Map<K, V> kept;

    RecentAnswers(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The kept answer for {@code key}, else {@code compute}'s, then kept (computed outside the lock). */
    V get(K key, Compute<K, V> compute) throws IOException {
        synchronized (kept) {
            V known = kept.get(key);
            if (known != null) {
                return known;
            }
        }
        V fresh = compute.apply(key);
        synchronized (kept) {
            kept.put(key, fresh);
        }
        return fresh;
    }
}
