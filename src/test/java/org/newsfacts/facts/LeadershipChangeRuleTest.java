package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class LeadershipChangeRuleTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard(Lexicons.bundled(), MissionCatalog.bundled());

    private static List<Map<String, Object>> changes(String date, String... sentences) {
        return EXTRACTOR.extract(Sentences.article(date, sentences)).stream()
                .filter(f -> f.type() == FactType.LEADERSHIP_CHANGE).map(Fact::args).toList();
    }

    @Test
    void extractsLeadershipChangeFromReplacedWithSentence() {
        List<Map<String, Object>> facts = changes(null,
                "President/NNP [Sam Lee]PERSON replaced/VBD/replace the/DT head/NN of/IN [Acme Space]ORGANIZATION ,/, "
                        + "[Olga Brandt]PERSON ,/, with/IN [Nils Berg]PERSON ./.");

        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "head", "outgoing", "Olga Brandt",
                "incoming", "Nils Berg", "appointed_by", "Sam Lee")), facts);
    }

    @Test
    void mergesPassiveAppointmentWithSuccession() {
        List<Map<String, Object>> facts = changes(null,
                "[Jane Roe]PERSON was/VBD/be named/VBN/name director/NN general/NN of/IN "
                        + "[ESA]AGENCY=European_Space_Agency ,/, succeeding/VBG/succeed [John Doe]PERSON ./.");

        assertEquals(1, facts.size());
        assertEquals("European Space Agency", facts.get(0).get("organization"));
        assertEquals("director general", facts.get(0).get("role"));
        assertEquals("Jane Roe", facts.get(0).get("incoming"));
        assertEquals("John Doe", facts.get(0).get("outgoing"));
    }

    @Test
    void resignationHasOnlyAnOutgoingHead() {
        List<Map<String, Object>> facts = changes(null,
                "[John Doe]PERSON resigned/VBD/resign as/IN chief/NN executive/NN of/IN [Acme Space]ORGANIZATION ./.");

        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "CEO", "outgoing", "John Doe")), facts);
    }

    @Test
    void confirmationByTheSenateNamesTheIncomingAdministrator() {
        List<Map<String, Object>> facts = changes(null,
                "The/DT [Senate]AGENCY confirmed/VBD/confirm [Jane Roe]PERSON as/IN [NASA]AGENCY administrator/NN ./.");

        assertEquals(1, facts.size());
        assertEquals("NASA", facts.get(0).get("organization"));
        assertEquals("Jane Roe", facts.get(0).get("incoming"));
    }

    @Test
    void speculationIsNotAFact() {
        assertTrue(changes(null,
                "[John Doe]PERSON could/MD be/VB replaced/VBN/replace as/IN head/NN of/IN [Acme Space]ORGANIZATION "
                        + "by/IN [Jane Roe]PERSON ./.").isEmpty());
    }

    @Test
    void takesTheDateNearestTheTrigger() {
        List<Fact> facts = EXTRACTOR.extract(Sentences.article("2031-01-10",
                "[Jane Roe]PERSON was/VBD/be appointed/VBN/appoint head/NN of/IN [Acme Space]ORGANIZATION "
                        + "in/IN [2019]DATE=2019 ./."));

        assertEquals("2019", facts.get(0).date());
    }
}
