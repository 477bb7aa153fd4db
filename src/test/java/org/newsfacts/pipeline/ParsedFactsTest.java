package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Facts that only the dependency patterns read, through the standard analyzer on invented articles. */
@Tag("models") // loads CoreNLP
class ParsedFactsTest {
    private static List<Map<String, Object>> facts(FactType type, String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null, text)).facts().stream()
                .filter(f -> f.type() == type).map(Fact::args).toList();
    }

    @Test
    void everyHeadOfAConjoinedListGetsTheChangeWithTheAgentAsAppointer() {
        List<Map<String, Object>> changes = facts(FactType.LEADERSHIP_CHANGE,
                "Olga Varga and Ivo Petrak were named deputy directors of the Freedonian Space Agency by President "
                        + "Ana Kovac on Monday.");
        assertEquals(Set.of("Olga Varga", "Ivo Petrak"), changes.stream().map(c -> c.get("incoming")).collect(Collectors.toSet()),
                changes.toString());
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> "Ana Kovac".equals(c.get("appointed_by"))
                && "deputy director".equals(c.get("role"))), changes.toString());
    }

    @Test
    void rolesFromCopulasServedAsAndOfPhrases() {
        List<Map<String, Object>> roles = facts(FactType.ROLE,
                "The Freedonian Space Agency named Olga Varga as its director on Monday. Varga served as vice president "
                        + "of propulsion at Acme Rockets from 2015 to 2020. Ivo Petrak, who steps down, was the agency's "
                        + "director for a decade.");
        assertTrue(roles.contains(Map.of("person", "Olga Varga", "title", "vice president of propulsion",
                "organization", "Acme Rockets", "former", true)), roles.toString());
    }

    @Test
    void allPartiesOfAMemorandumAreInOneAgreement() {
        List<Map<String, Object>> agreements = facts(FactType.AGREEMENT,
                "The Freedonian Space Agency signed a memorandum of understanding with Acme Rockets and the Borduria "
                        + "Space Office on lunar exploration on Monday.");
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals(List.of("Freedonian Space Agency", "Acme Rockets", "Borduria Space Office"),
                agreements.get(0).get("parties"), agreements.toString());
    }

    @Test
    void aSigningVerbTiedToNoAgreementNounSignsNothing() {
        assertEquals(List.of(), facts(FactType.AGREEMENT,
                "Commander Olga Varga of the Freedonian Space Agency and Ivo Petrak of NASA signed a handover log on "
                        + "Monday, the joint statement says."));
    }

    @Test
    void oneSignerEnteringIntoAgreementsWithSeveralOthersMakesOneAgreementEach() {
        List<Map<String, Object>> agreements = facts(FactType.AGREEMENT,
                "Last year the Freedonian Space Agency entered into cooperation agreements with partner agencies in "
                        + "Norway and Chile.");
        assertEquals(Set.of(List.of("Freedonian Space Agency", "Norway"), List.of("Freedonian Space Agency", "Chile")),
                agreements.stream().map(a -> a.get("parties")).collect(Collectors.toSet()), agreements.toString());
        assertEquals(2, agreements.size(), agreements.toString());
    }

    @Test
    void officialsSignForTheirAgencyOrForTheCountryTheirTitleNames() {
        List<Map<String, Object>> agreements = facts(FactType.AGREEMENT,
                "On Tuesday, NASA Administrator Olga Varga and Chilean science minister Ivo Petrak signed a framework "
                        + "agreement for cooperation in planetary science in Santiago.");
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals(List.of("NASA", "Chile"), agreements.get(0).get("parties"), agreements.toString());
        assertEquals("framework agreement for cooperation in planetary science", agreements.get(0).get("subject"),
                "the city of the signing is no part of the subject");
    }

    @Test
    void aCountrysAdjectiveWithoutAPostNamesNoParty() {
        assertEquals(List.of(), facts(FactType.AGREEMENT,
                "NASA engineer Olga Varga and Chilean-born physicist Ivo Petrak signed a framework agreement on Tuesday."),
                "a birthplace is no party: one signing organisation makes no agreement");
    }

    @Test
    void theSamePartiesSigningTwiceOnOtherDatesMakeTwoAgreements() {
        List<Map<String, Object>> agreements = facts(FactType.AGREEMENT,
                "The Freedonian Space Agency and NASA signed a data exchange arrangement on May 3, 2031. It extends "
                        + "a cooperation pact signed by the Freedonian Space Agency and NASA in June 2029.");
        assertEquals(Set.of("data exchange arrangement", "cooperation pact"),
                agreements.stream().map(a -> a.get("subject")).collect(Collectors.toSet()), agreements.toString());
    }

    @Test
    void anAcronymHoldingAnAcronymNamesItsAgency() {
        List<String> names = SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null,
                        "The UAE Space Agency opened a new office on Monday. UAESA staff moved in the next day."))
                .entities().stream().map(e -> e.name() + "=" + e.mentions()).toList();
        assertTrue(names.contains("UAE Space Agency=2"), names.toString());
    }

    @Test
    void aPronounAndTheCompanyTakeTheirAntecedents() {
        List<Map<String, Object>> roles = facts(FactType.ROLE,
                "Acme Rockets named Olga Varga as its director on Monday. She was previously the chief scientist of the "
                        + "company.");
        assertTrue(roles.contains(Map.of("person", "Olga Varga", "title", "chief scientist", "organization", "Acme Rockets",
                "former", true)), roles.toString());
    }
}
