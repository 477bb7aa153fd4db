package org.newsfacts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DateNormalizerTest {

    @Test
    void keepsPlainIsoDate() {
        assertEquals("2024-05-01", DateNormalizer.toIsoDate(" 2024-05-01 "));
    }

    @Test
    void takesDatePartOfTimestampWithoutShiftingZone() {
        assertEquals("2024-05-01", DateNormalizer.toIsoDate("2024-05-01T23:30:00-05:00"));
        assertEquals("2024-05-01", DateNormalizer.toIsoDate("2024-05-01T08:00:00Z"));
        assertEquals("2024-05-01", DateNormalizer.toIsoDate("2024-05-01 08:00"));
    }

    @Test
    void ignoresWhatIsNotADate() {
        assertNull(DateNormalizer.toIsoDate(null));
        assertNull(DateNormalizer.toIsoDate("yesterday"));
        assertNull(DateNormalizer.toIsoDate("2024-02-30"));
        assertNull(DateNormalizer.toIsoDate("2024-05-01garbage"));
        assertNull(DateNormalizer.toIsoDate("01/05/2024"));
        assertNull(DateNormalizer.toIsoDate("2024-5-1"));
    }
}
