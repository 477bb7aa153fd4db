package org.newsfacts.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The window shown of a chronological listing ends at its newest dated item, whatever follows undated. */
class NewestTest {
    private static final List<String> LISTING = List.of("d1", "d2", "d3", "d4", "d5", "u1", "u2");

    private static Newest<String> newest(List<String> listing, int n) {
        return Newest.of(listing, n, s -> s.startsWith("d"));
    }

    @Test
    void endsAtTheNewestDatedItemAndCountsTheItemsBeforeAndAfter() {
        assertEquals(new Newest<>(List.of("d3", "d4", "d5"), 2, 2), newest(LISTING, 3));
        assertEquals(new Newest<>(List.of("d1", "d2", "d3", "d4", "d5"), 0, 2), newest(LISTING, 5));
        assertEquals(new Newest<>(List.of(), 5, 2), newest(LISTING, 0));
        assertEquals(7, newest(LISTING, 3).total());
    }

    @Test
    void fewerDatedThanShownFillsWithTheUndatedAfterThem() {
        assertEquals(new Newest<>(List.of("d1", "d2", "d3", "d4", "d5", "u1"), 0, 1), newest(LISTING, 6));
        assertEquals(new Newest<>(LISTING, 0, 0), newest(LISTING, Integer.MAX_VALUE));
        assertEquals(new Newest<>(List.of("u1"), 0, 1), newest(List.of("u1", "u2"), 1));
        assertEquals(new Newest<>(List.of(), 0, 0), newest(List.of(), 20));
    }

    @Test
    void aNegativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> newest(LISTING, -1));
    }
}
