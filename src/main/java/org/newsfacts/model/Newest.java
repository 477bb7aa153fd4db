package org.newsfacts.model;

import java.util.List;

/**
 * The end of a chronological listing (oldest first, undated last) and how long the listing is: what a person
 * is shown of an entity named in thousands of articles, with a count of the rest, read without the rest.
 *
 * @param items the listing's last items, in the listing's order
 * @param total how many items the whole listing holds
 */
public record Newest<T>(List<T> items, int total) {
    public Newest {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("a listing of " + total + " items cannot end with " + items.size());
        }
    }

    /** The last {@code n} items of a whole listing. */
    public static <T> Newest<T> of(List<T> listing, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of items to keep must not be negative, got " + n);
        }
        return new Newest<>(listing.subList(Math.max(0, listing.size() - n), listing.size()), listing.size());
    }

    /** How many items the listing holds before these. */
    public int omitted() {
        return total - items.size();
    }
}
