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

    @Test
    void stepDownLeavesAndStepInTakesThePost() {
        List<Map<String, Object>> facts = changes(null,
                "[Acme Space]ORGANIZATION said/VBD/say [John Doe]PERSON will/MD step/VB/step down/RP as/IN chief/NN "
                        + "executive/NN ./.",
                "[Jane Roe]PERSON stepped/VBD/step in/RP as/IN acting/JJ director/NN of/IN [Beta Labs]ORGANIZATION ./.");

        assertEquals(List.of(
                Map.of("organization", "Acme Space", "role", "CEO", "outgoing", "John Doe"),
                Map.of("organization", "Beta Labs", "role", "acting director", "incoming", "Jane Roe")), facts);
    }

    @Test
    void tenureAndStancesAreNotChanges() {
        assertTrue(changes(null,
                "[John Doe]PERSON led/VBD/lead the/DT company/NN through/IN the/DT crisis/NN as/IN chief/NN "
                        + "executive/NN of/IN [Acme Space]ORGANIZATION ./.",
                "[John Doe]PERSON took/VBD/take a/DT hard/JJ line/NN as/IN head/NN of/IN [Acme Space]ORGANIZATION ./.")
                .isEmpty());
    }

    @Test
    void possessorOfAnAppointeeAppointedThemAndIsNotTheOutgoingHead() {
        List<Map<String, Object>> facts = changes(null,
                "[Jane Roe]PERSON would/MD succeed/VB/succeed former/JJ President/NNP [Sam Lee]PERSON 's/POS "
                        + "appointee/NN [John Doe]PERSON ,/, who/WP took/VBD/take office/NN in/IN [2019]DATE=2019 ./.",
                "[NASA]AGENCY [NASA]AGENCY");

        assertEquals(Map.of("organization", "NASA", "outgoing", "John Doe", "incoming", "Jane Roe"), facts.get(0));
        assertEquals(Map.of("organization", "NASA", "incoming", "John Doe", "appointed_by", "Sam Lee"), facts.get(1));
    }

    @Test
    void oneSentenceTellingBothSidesIsOneChange() {
        List<Map<String, Object>> facts = changes(null,
                "[Acme Space]ORGANIZATION said/VBD/say [Jane Roe]PERSON is/VBZ/be returning/VBG/return to/TO "
                        + "head/VB/head the/DT company/NN as/IN [John Doe]PERSON is/VBZ/be stepping/VBG/step down/RP "
                        + "from/IN the/DT CEO/NN post/NN ./.");

        assertEquals(1, facts.size());
        assertEquals("Jane Roe", facts.get(0).get("incoming"));
        assertEquals("John Doe", facts.get(0).get("outgoing"));
    }

    @Test
    void appointingBodyIsNotTheOrganisationOfThePost() {
        List<Map<String, Object>> facts = changes(null,
                "The/DT [White House]AGENCY has/VBZ/have named/VBN/name Center/NNP Director/NNP [Jane Roe]PERSON "
                        + "to/TO be/VB acting/JJ administrator/NN ./.",
                "[NASA]AGENCY said/VBD/say nothing/NN ./.",
                "[NASA]AGENCY staff/NN were/VBD/be surprised/JJ ./.");

        assertEquals(List.of(Map.of("organization", "NASA", "role", "acting administrator", "incoming", "Jane Roe",
                "appointed_by", "White House")), facts);
    }

    @Test
    void companyNamingItsOwnChiefIsTheOrganisation() {
        List<Map<String, Object>> facts = changes(null,
                "[Acme Space]ORGANIZATION on/IN Monday/NNP named/VBD/name [Jane Roe]PERSON as/IN its/PRP$ next/JJ "
                        + "chief/NN executive/NN officer/NN ./.");

        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "CEO", "incoming", "Jane Roe")), facts);
    }

    @Test
    void presentTenseAnnouncementTakesTheArticleDateUnlessAnEffectiveDateIsGiven() {
        List<Fact> announced = EXTRACTOR.extract(Sentences.article("2031-05-07",
                "[Acme Space]ORGANIZATION has/VBZ/have appointed/VBN/appoint [Jane Roe]PERSON as/IN chief/NN "
                        + "executive/NN ./."));
        assertEquals("2031-05-07", announced.get(0).date());

        List<Fact> effective = EXTRACTOR.extract(Sentences.article("2031-05-07",
                "[Acme Space]ORGANIZATION has/VBZ/have appointed/VBN/appoint [Jane Roe]PERSON as/IN chief/NN "
                        + "executive/NN ./.",
                "[Jane Roe]PERSON will/MD take/VB/take up/RP the/DT post/NN on/IN [July 1]DATE=2031-07-01 ./."));
        assertEquals("2031-07-01", effective.stream().filter(f -> f.type() == FactType.LEADERSHIP_CHANGE)
                .findFirst().orElseThrow().date());
    }

    @Test
    void newChiefPhraseNamesTheIncomingHead() {
        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "chief", "incoming", "Jane Roe")),
                changes(null, "[Acme Space]ORGANIZATION 's/POS new/JJ chief/NN [Jane Roe]PERSON said/VBD/say the/DT "
                        + "plan/NN would/MD change/VB ./."));
        assertEquals(List.of(Map.of("organization", "Beta Labs", "role", "head", "incoming", "John Doe")),
                changes(null, "[John Doe]PERSON ,/, the/DT new/JJ head/NN of/IN [Beta Labs]ORGANIZATION ,/, "
                        + "spoke/VBD/speak first/RB ./."));
    }

    @Test
    void departureAndSuccessorInNearbySentencesAreOneSuccession() {
        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "CEO", "outgoing", "John Doe", "incoming", "Jane Roe")),
                changes(null,
                        "[Acme Space]ORGANIZATION 's/POS chief/NN executive/NN [John Doe]PERSON will/MD leave/VB/leave "
                                + "the/DT company/NN at/IN the/DT end/NN of/IN the/DT year/NN ./.",
                        "[Jane Roe]PERSON will/MD take/VB/take over/RP as/IN CEO/NN ./."));
    }

    @Test
    void departureNounNamesTheOutgoingHeadAndAnAppositionIsNotThePost() {
        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "president", "incoming", "Jane Roe",
                        "outgoing", "John Doe")),
                changes(null, "[Acme Space]ORGANIZATION named/VBD/name [Jane Roe]PERSON as/IN president/NN ,/, "
                        + "following/VBG/follow the/DT departure/NN of/IN [John Doe]PERSON ./."));
        assertEquals(List.of(Map.of("organization", "Beta Labs", "role", "CEO", "outgoing", "John Doe", "incoming", "Jane Roe")),
                changes(null, "[Beta Labs]ORGANIZATION said/VBD/say its/PRP$ chief/NN executive/NN [John Doe]PERSON "
                        + "will/MD be/VB succeeded/VBN/succeed by/IN [Jane Roe]PERSON ,/, currently/RB chief/NN "
                        + "operating/VBG officer/NN ./."));
    }
}
