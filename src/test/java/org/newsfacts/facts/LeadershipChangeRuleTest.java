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
                "The/DT [Freedonian Presidency]AGENCY has/VBZ/have named/VBN/name Center/NNP Director/NNP [Jane Roe]PERSON "
                        + "to/TO be/VB acting/JJ administrator/NN ./.",
                "[NASA]AGENCY said/VBD/say nothing/NN ./.",
                "[NASA]AGENCY staff/NN were/VBD/be surprised/JJ ./.");

        assertEquals(List.of(Map.of("organization", "NASA", "role", "acting administrator", "incoming", "Jane Roe",
                "appointed_by", "Freedonian Presidency")), facts);
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

    @Test
    void postBelongsToTheAgencyNamedNotToItsCountry() {
        assertEquals(List.of(Map.of("organization", "JAXA", "role", "president", "incoming", "Aiko Mori")),
                changes(null, "[Japan]PLACE 's/POS government/NN named/VBD/name [Aiko Mori]PERSON president/NN "
                        + "of/IN [JAXA]AGENCY ./."));
    }

    @Test
    void organisationsOutsideTheGazetteerHoldPostsToo() {
        assertEquals(List.of(Map.of("organization", "Freedonia Central Bank", "role", "governor", "incoming", "Olga Varga")),
                changes(null, "[Freedonia Central Bank]ORGANIZATION appointed/VBD/appoint [Olga Varga]PERSON as/IN "
                        + "governor/NN ./."));
        assertEquals(List.of(Map.of("organization", "Northfield Athletic", "role", "manager", "outgoing", "Tom Hale")),
                changes(null, "[Northfield Athletic]ORGANIZATION sacked/VBD/sack manager/NN [Tom Hale]PERSON "
                        + "on/IN Sunday/NNP ./."));
    }

    @Test
    void rolesKeepTheirModifiersAndPortfolios() {
        assertEquals("interim CEO", changes(null, "[Acme Space]ORGANIZATION named/VBD/name [Olga Varga]PERSON "
                + "interim/JJ chief/NN executive/NN ./.").get(0).get("role"));
        assertEquals("Minister for Trade and Industry", changes(null, "[Olga Varga]PERSON was/VBD/be appointed/VBN/appoint "
                + "Minister/NNP for/IN Trade/NNP and/CC Industry/NNP of/IN [Freedonia]ORGANIZATION ./.").get(0).get("role"));
    }

    @Test
    void appointerIsWhoeverSignsTheDecreeOrNominates() {
        assertEquals("Sam Lee", changes(null, "President/NNP [Sam Lee]PERSON signed/VBD/sign a/DT decree/NN "
                + "appointing/VBG/appoint [Olga Varga]PERSON head/NN of/IN [Acme Space]ORGANIZATION ./.")
                .get(0).get("appointed_by"));
        assertEquals("Sam Lee", changes(null, "[Olga Varga]PERSON ,/, nominated/VBN/nominate by/IN [Sam Lee]PERSON ,/, "
                + "will/MD head/VB/head [Acme Space]ORGANIZATION ./.").get(0).get("appointed_by"));
        assertEquals("Cabinet", changes(null, "The/DT [Cabinet]ORGANIZATION approved/VBD/approve the/DT "
                + "appointment/NN of/IN [Olga Varga]PERSON as/IN director/NN of/IN [Acme Institute]ORGANIZATION ./.")
                .get(0).get("appointed_by"));
    }

    @Test
    void effectiveDateWinsOverTheDecisionDate() {
        List<Fact> facts = EXTRACTOR.extract(Sentences.article("2031-05-07",
                "[Acme Space]ORGANIZATION appointed/VBD/appoint [Jane Roe]PERSON as/IN chief/NN executive/NN "
                        + "on/IN [Monday]DATE=2031-05-05 ,/, effective/JJ [June 1]DATE=2031-06-01 ./."));
        assertEquals("2031-06-01", facts.get(0).date());
    }

    @Test
    void resignationNounAfterAVerbOrPossessiveMakesTheSubjectLeave() {
        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "CEO", "outgoing", "Jane Roe")),
                changes(null, "[Jane Roe]PERSON announced/VBD/announce her/PRP$ resignation/NN as/IN chief/NN "
                        + "executive/NN of/IN [Acme Space]ORGANIZATION ./."));
        assertTrue(changes(null, "[Jane Roe]PERSON moved/VBD/move to/TO [Houston]PLACE with/IN [Acme Space]ORGANIZATION ./.")
                .isEmpty());
        assertEquals(List.of(Map.of("organization", "Acme Space", "role", "CEO", "incoming", "Jane Roe")),
                changes(null, "[Jane Roe]PERSON rose/VBD/rise to/TO chief/NN executive/NN of/IN [Acme Space]ORGANIZATION ./."));
    }

    @Test
    void oneAppointmentToTwoPostsGivesAChangeAtEachOrganisation() {
        List<Map<String, Object>> facts = changes(null, "The/DT council/NN appointed/VBD/appoint [Olga Varga]PERSON "
                + "director/NN of/IN [Alpha Institute]ORGANIZATION and/CC chair/NN of/IN [Beta Foundation]ORGANIZATION ./.");
        assertEquals(List.of("Alpha Institute", "Beta Foundation"), facts.stream().map(f -> f.get("organization")).toList());
    }

    @Test
    void futureServiceTakesThePostAndAConditionIsNoFact() {
        assertEquals(List.of(Map.of("organization", "Alder University", "role", "interim president", "incoming", "Olga Varga")),
                changes(null, "[Alder University]ORGANIZATION said/VBD/say [Olga Varga]PERSON will/MD serve/VB/serve as/IN "
                        + "interim/JJ president/NN ./."));
        assertTrue(changes(null, "[Tom Hale]PERSON served/VBD/serve as/IN president/NN of/IN [Alder University]ORGANIZATION ./.")
                .isEmpty());
        assertTrue(changes(null, "If/IN confirmed/VBN/confirm ,/, [Olga Varga]PERSON would/MD become/VB/become "
                + "president/NN of/IN [Alder University]ORGANIZATION ./.").isEmpty());
    }

    @Test
    void leavingToBecomeHeadElsewhereIsTheNewPost() {
        assertEquals(List.of(Map.of("organization", "Beta Labs", "role", "director", "incoming", "Tom Hale")),
                changes(null, "[Tom Hale]PERSON is/VBZ/be leaving/VBG/leave [Acme Space]ORGANIZATION to/TO be/VB the/DT "
                        + "director/NN of/IN [Beta Labs]ORGANIZATION ./."));
    }

    @Test
    void shortFormOfAnOrganisationIsItsFullNameAndPluralPostsAreSingular() {
        List<Map<String, Object>> facts = changes(null,
                "The/DT [Bank of Freedonia]ORGANIZATION issued/VBD/issue a/DT statement/NN ./.",
                "The/DT government/NN nominated/VBD/nominate [Olga Varga]PERSON and/CC [Tom Hale]PERSON to/TO take/VB/take "
                        + "over/RP as/IN [BOF]ORGANIZATION deputy/NN governors/NNS ./.");
        assertEquals("Bank of Freedonia", facts.get(0).get("organization"));
        assertEquals("deputy governor", facts.get(0).get("role"));
    }

    @Test
    void aTitleInsideAnotherNounIsNotThePost() {
        assertTrue(changes(null, "[Tom Hale]PERSON will/MD take/VB/take on/RP a/DT role/NN as/IN the/DT assistant/NN "
                + "to/TO the/DT chief/NN of/IN [Acme Space]ORGANIZATION ./.").isEmpty());
    }
}
