package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Fact;

class AgreementRuleTest {
    private static final AgreementRule RULE = new AgreementRule(Lexicons.bundled());

    private static List<Map<String, Object>> agreements(String... sentences) {
        return RULE.extract(Sentences.article(null, sentences)).stream().map(Fact::args).toList();
    }

    @Test
    void countryJoiningTheArtemisAccordsSignsWithTheUnitedStates() {
        assertEquals(List.of(Map.of("parties", List.of("Norway", "United States"), "subject", "Artemis Accords")),
                agreements("[Norway]PLACE became/VBD/become the/DT 30th/JJ nation/NN to/TO sign/VB/sign the/DT "
                        + "Artemis/NNP Accords/NNPS ./."));
    }

    @Test
    void twoAgenciesSigningAnAgreementAreTheParties() {
        assertEquals(List.of(Map.of("parties", List.of("JAXA", "NASA"), "subject", "agreement on lunar rover cooperation")),
                agreements("[JAXA]AGENCY and/CC [NASA]AGENCY signed/VBD/sign an/DT agreement/NN on/IN lunar/JJ "
                        + "rover/NN cooperation/NN ./."));
    }

    @Test
    void signatoriesListedAfterByAllSignOneAgreement() {
        List<Map<String, Object>> facts = agreements("The/DT accords/NNS have/VBP been/VBN signed/VBN/sign by/IN "
                + "[Chile]PLACE ,/, [Peru]PLACE and/CC the/DT [United States]PLACE ./.");

        assertEquals(List.of("Chile", "Peru", "United States"), facts.get(0).get("parties"));
    }

    @Test
    void refusalOrPlanToSignIsNotAnAgreement() {
        assertTrue(agreements("[Chile]PLACE and/CC [Peru]PLACE did/VBD/do not/RB sign/VB/sign the/DT agreement/NN ./.",
                "[Chile]PLACE plans/VBZ/plan to/TO sign/VB/sign an/DT agreement/NN with/IN [NASA]AGENCY ./.").isEmpty());
    }

    @Test
    void aSignatoryPersonSpeaksForTheirCountry() {
        List<Map<String, Object>> facts = agreements(
                "[Ana Silva]PERSON ,/, [Chile]PLACE 's/POS minister/NN of/IN science/NN ,/, signed/VBD/sign the/DT "
                        + "agreement/NN with/IN [NASA]AGENCY ./.");

        assertEquals(List.of("Chile", "NASA"), facts.get(0).get("parties"));
    }

    @Test
    void itAfterACountryIsThatCountry() {
        assertEquals(List.of(Map.of("parties", List.of("Norway", "United States"), "subject", "Artemis Accords")),
                agreements("Well/UH done/VBN ,/, [Norway]PLACE !/.",
                        "On/IN [May 3]DATE=XXXX-05-03 ,/, it/PRP became/VBD/become the/DT 30th/JJ country/NN to/TO "
                                + "sign/VB/sign the/DT Artemis/NNP Accords/NNPS ./."));
    }

    @Test
    void signingAgencyStandsForItsCountryAndARetellingIsNotASecondSigning() {
        List<Map<String, Object>> facts = agreements(
                "[Norway]PLACE signed/VBD/sign the/DT Artemis/NNP Accords/NNPS with/IN [NASA]AGENCY ./.",
                "The/DT head/NN of/IN the/DT [Norwegian Space Agency]AGENCY signed/VBD/sign the/DT Accords/NNPS for/IN "
                        + "the/DT kingdom/NN ./.",
                "[Norway]PLACE has/VBZ long/RB worked/VBN/work with/IN [NASA]AGENCY ./.");

        assertEquals(List.of(Map.of("parties", List.of("Norway", "NASA"), "subject", "Artemis Accords")), facts);
    }

    @Test
    void subjectOfAMemorandumIsWhatItIsOn() {
        assertEquals("memorandum of understanding on lunar exploration", agreements("[JAXA]AGENCY and/CC [ESA]AGENCY signed/VBD/sign a/DT "
                + "memorandum/NN of/IN understanding/NN on/IN lunar/JJ exploration/NN ./.").get(0).get("subject"));
        assertEquals("agreement on cooperation in space weather research", agreements("[JAXA]AGENCY signed/VBD/sign an/DT "
                + "agreement/NN with/IN [ESA]AGENCY on/IN cooperation/NN in/IN space/NN weather/NN research/NN ./.")
                .get(0).get("subject"));
    }

    @Test
    void aSignerOnBehalfOfAnAgencySignsForTheAgencyAndACountryBeforeItsAgencyIsNoParty() {
        assertEquals(List.of("Freedonian Space Agency", "NASA"), agreements("[Olga Varga]PERSON signed/VBD/sign the/DT "
                + "agreement/NN with/IN [NASA]AGENCY on/IN behalf/NN of/IN the/DT [Freedonian Space Agency]AGENCY ./.").get(0).get("parties"));
        assertEquals(List.of("JAXA", "European Space Agency"), agreements("[Japan]PLACE 's/POS [JAXA]AGENCY "
                + "signed/VBD/sign an/DT agreement/NN with/IN [ESA]AGENCY=European_Space_Agency ./.").get(0).get("parties"));
    }

    @Test
    void creditsInParenthesesSignNothingAndTheQualifiedNounIsTheSubject() {
        assertEquals(List.of(Map.of("parties", List.of("JAXA", "European Space Agency"), "subject", "peace accord")),
                agreements("[PARIS]PLACE (/-LRB- [Wire Service]ORGANIZATION )/-RRB- -/: [JAXA]AGENCY and/CC "
                        + "[ESA]AGENCY=European_Space_Agency signed/VBD/sign a/DT peace/NN accord/NN ./."));
        assertEquals(List.of("Alpha Agency", "Beta Agency", "Gamma Agency"), agreements("The/DT minister/NN welcomed/VBD/welcome "
                + "the/DT MoUs/NNS ,/, signed/VBN/sign overnight/RB by/IN [Alpha Agency]AGENCY ,/, [Beta Agency]AGENCY and/CC "
                + "[Gamma Agency]AGENCY ./.").get(0).get("parties"));
    }

    @Test
    void aBareAgreementNounIsNoSubjectAndAHyphenatedTermStaysInIt() {
        assertEquals(List.of(Map.of("parties", List.of("JAXA", "Acme Rockets"))), agreements("[JAXA]AGENCY and/CC "
                + "[Acme Rockets]ORGANIZATION signed/VBD/sign the/DT agreement/NN ./."));
        assertEquals("five - year joint research agreement", agreements("[JAXA]AGENCY and/CC [Acme Rockets]ORGANIZATION "
                + "signed/VBD/sign a/DT five/CD -/HYPH year/NN joint/JJ research/NN agreement/NN ./.").get(0).get("subject"));
    }

    @Test
    void aSigningWithOnePartyIsCompletedByTheNextSentenceSigningTheSameAgreement() {
        List<Map<String, Object>> facts = agreements(
                "[Chile]PLACE 's/POS government/NN and/CC an/DT armed/JJ group/NN signed/VBD/sign a/DT peace/NN accord/NN "
                        + "on/IN [Monday]DATE=2031-03-03 ./.",
                "[Olga Varga]PERSON ,/, leader/NN of/IN the/DT [Southern Front]ORGANIZATION ,/, signed/VBD/sign the/DT "
                        + "agreement/NN in/IN [Lima]PLACE ./.");

        assertEquals(List.of("Southern Front", "Chile"), facts.get(0).get("parties"), facts.toString());
        assertEquals("peace accord", facts.get(0).get("subject"));
        assertEquals(1, facts.size(), facts.toString());
    }

    @Test
    void aPartyAloneWithNoDefiniteRetellingSignsNothing() {
        assertTrue(agreements(
                "[Chile]PLACE signed/VBD/sign a/DT peace/NN accord/NN ./.",
                "[Acme Rockets]ORGANIZATION signed/VBD/sign a/DT contract/NN ./.").isEmpty());
    }
}
