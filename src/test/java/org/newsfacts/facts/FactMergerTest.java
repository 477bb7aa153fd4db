package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Which date a change keeps when two sentences date it (issue 9, kind 7: the effective date, else the decision's). */
class FactMergerTest {
    @Test
    void theLaterDayIsWhenAChangeTakesEffect() {
        assertEquals("2031-06-01", FactMerger.effectiveDate("2031-03-10", "2031-06-01"), "named, then takes up the post");
        assertEquals("2031-06-01", FactMerger.effectiveDate("2031-06-01", "2031-03-10"), "told in the other order");
        assertEquals("2031-01-20", FactMerger.effectiveDate("2030-11-05", "2031-01-20"), "across a new year");
    }

    @Test
    void theMorePreciseOfOneMonthAndADayInIt() {
        assertEquals("2031-06-01", FactMerger.effectiveDate("2031-06", "2031-06-01"));
        assertEquals("2031-06-01", FactMerger.effectiveDate("2031-06-01", "2031"));
    }

    @Test
    void aMissingOrUnknownYearLeavesTheFirstDateTold() {
        assertEquals("2031-03-10", FactMerger.effectiveDate("2031-03-10", null));
        assertEquals("2031-03-10", FactMerger.effectiveDate(null, "2031-03-10"));
        assertNull(FactMerger.effectiveDate(null, null));
        assertEquals("2031-03-10", FactMerger.effectiveDate("2031-03-10", "XXXX-06-01"));
        assertEquals("XXXX-06-01", FactMerger.effectiveDate("XXXX-06-01", "2031-03-10"));
    }
}
