package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalReportTest {

    @Test
    void formatsNumbersAsPythonDoes() {
        assertEquals("0.12", EvalReport.fixed(0.125, 2)); // exact binary tie: half-even, as Python
        assertEquals("0.67", EvalReport.fixed(2.0 / 3, 2));
        assertEquals("0.667", EvalReport.rounded(2.0 / 3));
        assertEquals("0.5", EvalReport.rounded(0.5));
        assertEquals("1.0", EvalReport.rounded(1.0));
        assertEquals("0.0", EvalReport.rounded(0.0));
    }

    @Test
    void zeroDenominatorsGiveZero() {
        TypeScore none = new TypeScore("AGREEMENT", 0, 0, 0);
        assertEquals(0.0, none.precision());
        assertEquals(0.0, none.recall());
        assertEquals(0.0, none.f1());
    }

    @Test
    void listingShowsMissesAndExtrasWithEvidence() {
        EvalReport r = new EvalReport(List.of(), new TypeScore("overall", 1, 1, 0), 0, 1, 1, 0,
                List.of(new Miss("a.txt", "FLIGHT_ASSIGNMENT", Map.of("person", "Ann Lee"), "2022")),
                List.of(new Spurious("a.txt", "FLIGHT_ASSIGNMENT", Map.of("person", "Bob Roy"), null,
                        "Bob Roy waved.")));
        assertEquals("""
                MISS a.txt FLIGHT_ASSIGNMENT {"person":"Ann Lee"} 2022
                EXTRA a.txt FLIGHT_ASSIGNMENT {"person":"Bob Roy"} None
                    evidence: Bob Roy waved.
                """, r.toListing());
    }
}
