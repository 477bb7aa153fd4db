package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactDatesTest {

    @Test
    void partialDatesAreCompatibleWithTheDaysTheyInclude() {
        assertTrue(FactDates.compatible("XXXX-09", "2022-09-21"));
        assertTrue(FactDates.compatible("2022-09", "2022-09-21"));
        assertTrue(FactDates.compatible("2022", "XXXX-09-21"));
        assertTrue(FactDates.compatible(null, "2022-09-21"));
        assertFalse(FactDates.compatible("2022-10", "2022-09-21"));
        assertFalse(FactDates.compatible("2021", "2022-09"));
        assertTrue(FactDates.compatible("PAST_REF", "PAST_REF"));
        assertFalse(FactDates.compatible("PAST_REF", "2022"));
    }

    @Test
    void combiningKeepsEveryKnownPart() {
        assertEquals("2022-09-21", FactDates.combine("XXXX-09", "2022-09-21"));
        assertEquals("2022-09-21", FactDates.combine("2022", "XXXX-09-21"));
        assertEquals("2022-09", FactDates.combine(null, "2022-09"));
    }

    @Test
    void conflictingDatesKeepWhatTheyAgreeOn() {
        assertEquals("2022-10", FactDates.agreed(List.of("2022-10-03", "2022-10-06")));
        assertEquals("2022-10", FactDates.agreed(List.of("2022", "2022-10-03", "2022-10-06")));
        assertNull(FactDates.agreed(List.of("2021-10", "2022-10")));
        assertEquals("XXXX-10", FactDates.agreed(List.of("XXXX-10-03", "XXXX-10-06")));
    }

    @Test
    void chronologicalOrderPutsUnknownYearsAfterKnownOnesAndNoDateLast() {
        List<String> dates = new ArrayList<>(Arrays.asList(null, "XXXX-06", "2031-03-02", "2029", "PAST_REF", "2031-03", "2030-W12"));
        dates.sort(FactDates.CHRONOLOGICAL);
        assertEquals(Arrays.asList("2029", "2030-W12", "2031-03", "2031-03-02", "XXXX-06", "PAST_REF", null), dates);
    }
}
