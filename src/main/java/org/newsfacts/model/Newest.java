package org.newsfacts.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a person is shown of a long chronological listing (oldest first, undated last): the newest dated items,
 * in the listing's order, and how many came before and after them. An entity of a large corpus is named in
 * thousands of articles, and the ones without a date, listed last, are not its newest.
 *
 * @param items   at most n consecutive items of the listing, ending at its last dated item when there are
 *                at least n up to it (else the first n)
 * @param earlier how many items of the listing come before them
 * @param later   how many come after them (none dated, unless there are fewer than n items up to the last dated)
 */
public record Newest<T>(List<T> items, int earlier, int later) {
    public Newest {
        items = List.copyOf(items);
        if (earlier < 0 || later < 0) {
            throw new IllegalArgumentException("counts of items left out must not be negative, got " + earlier + " and " + later);
        }
    }

    /** The newest {@code n} dated items of a whole listing. */
    public static <T> Newest<T> of(List<T> listing, int n, Predicate<T> dated) {
        int datedEnd = 0;
        for (int i = 0; i < listing.size(); i++) {
            if (dated.test(listing.get(i))) {
                datedEnd = i + 1;
            }
        }
        int start = start(datedEnd, n);
        int end = end(start, n, listing.size());
        return new Newest<>(listing.subList(start, end), start, listing.size() - end);
    }

    /** Where the window of {@code n} starts in a listing whose dated items end before index {@code datedEnd}. */
    public static int start(int datedEnd, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of items to show must not be negative, got " + n);
        }
        return Math.max(0, datedEnd - n);
    }

    /** Where the window of {@code n} starting at {@code start} ends, in a listing of {@code total} items. */
    public static int end(int start, int n, int total) {
        return (int) Math.min(total, (long) start + n);
    }

    /** How many items the whole listing holds. */
    public int total() {
        return earlier + items.size() + later;
    }
}
