package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.AGREEMENT;
import static org.newsfacts.model.FactType.FLIGHT_ASSIGNMENT;
import static org.newsfacts.model.FactType.LEADERSHIP_CHANGE;
import static org.newsfacts.model.FactType.ROLE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;

/** Facts several invented articles report, merged or kept apart across the corpus. */
class MergedFactsTest {

    private static List<MergedFact> merged(AnalysisBuilder... articles) {
        return Corpus.of(Arrays.stream(articles).map(AnalysisBuilder::build).toList(), AnalysisBuilder.GAZETTEER)
                .mergedFacts();
    }

    private static List<String> articles(MergedFact fact) {
        return fact.sources().stream().map(MergedFact.Source::article).toList();
    }

    @Test
    void oneFlightReportedByTwoArticlesIsOneFactWithTheMostSpecificDate() {
        AnalysisBuilder a1 = article("a1", "2031-08-30").person("Mira Solano")
                .fact(FLIGHT_ASSIGNMENT, "XXXX-09", "person", "Mira Solano", "mission", "Lark-3");
        AnalysisBuilder a2 = article("a2", "2031-09-22").person("Mira Solano", "Solano").agency("Orbita")
                .fact(FLIGHT_ASSIGNMENT, "2031-09-21", "person", "Mira Solano", "agency", "Orbita",
                        "vehicle", "Skylark", "mission", "Lark-3");
        List<MergedFact> facts = merged(a1, a2);
        assertEquals(1, facts.size());
        MergedFact flight = facts.get(0);
        assertEquals("2031-09-21", flight.date());
        assertEquals(List.of(a1.id(), a2.id()), articles(flight));
        assertEquals(a1.id(), flight.article(), "the earliest article stands first");
        assertEquals("Orbita Agency", flight.args().get("agency"), "slot values are corpus-wide canonical names");
        assertEquals("Skylark", flight.args().get("vehicle"));
        assertTrue(flight.conflicts().isEmpty());
    }

    @Test
    void flightsOfTwoPeopleSharingASurnameStayApart() {
        List<MergedFact> facts = merged(
                article("a1", "2031-09-01").person("Anna Petrova", "Petrova")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09", "person", "Anna Petrova", "mission", "Lark-3"),
                article("a2", "2031-09-02").person("Irina Petrova", "Petrova")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09", "person", "Irina Petrova", "mission", "Lark-3"),
                article("a3", "2031-09-03").person("Petrova")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09", "person", "Petrova", "mission", "Lark-3"));
        assertEquals(List.of("Anna Petrova", "Irina Petrova", "Petrova"),
                facts.stream().map(f -> (String) f.args().get("person")).sorted().toList());
        assertTrue(facts.stream().allMatch(f -> f.sources().size() == 1));
    }

    @Test
    void twoIncomingHeadsForOneChangeAreAConflictNotAChoice() {
        AnalysisBuilder a1 = article("a1", "2031-03-02").agency("Orbita Agency").person("Olga Varga").person("Ivan Lebed")
                .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "role", "head",
                        "outgoing", "Ivan Lebed", "incoming", "Olga Varga");
        AnalysisBuilder a2 = article("a2", "2031-03-03").agency("Orbita").person("Marta Kovac").person("Ivan Lebed")
                .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita", "role", "director general",
                        "outgoing", "Ivan Lebed", "incoming", "Marta Kovac");
        List<MergedFact> facts = merged(a1, a2);
        assertEquals(1, facts.size());
        MergedFact change = facts.get(0);
        assertFalse(change.args().containsKey("incoming"));
        assertEquals("Ivan Lebed", change.args().get("outgoing"));
        assertEquals(1, change.conflicts().size());
        MergedFact.Conflict conflict = change.conflicts().get(0);
        assertEquals("incoming", conflict.slot());
        assertEquals(List.of(new MergedFact.Claim("Olga Varga", List.of(a1.id())), new MergedFact.Claim("Marta Kovac", List.of(a2.id()))),
                conflict.values());
    }

    @Test
    void twoHeadsNamedForTheSameDayConflictEvenWithoutACommonPredecessor() {
        List<MergedFact> facts = merged(
                article("a1", "2031-03-02").person("Olga Varga")
                        .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "incoming", "Olga Varga"),
                article("a2", "2031-03-04").person("Marta Kovac")
                        .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "incoming", "Marta Kovac"));
        assertEquals(1, facts.size());
        assertEquals("incoming", facts.get(0).conflicts().get(0).slot());
    }

    @Test
    void theSameHeadAtIncompatibleDatesIsTwoChanges() {
        List<MergedFact> facts = merged(
                article("a1", "2031-03-02").person("Olga Varga")
                        .fact(LEADERSHIP_CHANGE, "2031", "organization", "Orbita Agency", "incoming", "Olga Varga"),
                article("a2", "2036-01-04").person("Olga Varga")
                        .fact(LEADERSHIP_CHANGE, "2036-01", "organization", "Orbita Agency", "incoming", "Olga Varga"),
                article("a3", "2036-01-05").person("Olga Varga")
                        .fact(LEADERSHIP_CHANGE, "2036-01-03", "organization", "Orbita Agency", "incoming", "Olga Varga"));
        assertEquals(List.of("2031", "2036-01-03"), facts.stream().map(MergedFact::date).toList());
        assertEquals(List.of(1, 2), facts.stream().map(f -> f.sources().size()).toList());
    }

    @Test
    void oneNamedFlightReportedWithTwoLaunchDaysKeepsTheMonthAndReportsTheDates() {
        AnalysisBuilder a1 = article("a1", "2031-09-01").person("Mira Solano")
                .fact(FLIGHT_ASSIGNMENT, "2031-09-03", "person", "Mira Solano", "mission", "Lark-3");
        AnalysisBuilder a2 = article("a2", "2031-09-07").person("Mira Solano")
                .fact(FLIGHT_ASSIGNMENT, "2031-09-06", "person", "Mira Solano", "mission", "Lark-3");
        MergedFact flight = merged(a1, a2).get(0);
        assertEquals("2031-09", flight.date());
        assertEquals("date", flight.conflicts().get(0).slot());
        assertEquals(List.of("2031-09-03", "2031-09-06"), flight.conflicts().get(0).values().stream().map(MergedFact.Claim::value).toList());
    }

    @Test
    void aFactThatFitsTwoEventsJoinsNeither() {
        List<MergedFact> facts = merged(
                article("a1", "2031-01-01").person("Mira Solano")
                        .fact(FLIGHT_ASSIGNMENT, "2031", "person", "Mira Solano", "mission", "Lark-3"),
                article("a2", "2033-01-01").person("Mira Solano")
                        .fact(FLIGHT_ASSIGNMENT, "2033", "person", "Mira Solano", "mission", "Lark-5"),
                article("a3", null).person("Mira Solano")
                        .fact(FLIGHT_ASSIGNMENT, null, "person", "Mira Solano", "vehicle", "Skylark capsule"));
        assertEquals(3, facts.size());
        assertTrue(facts.stream().allMatch(f -> f.sources().size() == 1));
    }

    @Test
    void agreementsMergeOnTheSamePartiesInAnyOrderAndSpellingButNotOnOtherSubjects() {
        List<MergedFact> facts = merged(
                article("a1", "2031-05-01").agency("Orbita Agency").agency("Northern Aerospace Agency")
                        .fact(AGREEMENT, "2031-05", "parties", List.of("Orbita Agency", "Northern Aerospace Agency"),
                                "subject", "seat exchange"),
                article("a2", "2031-05-03").agency("Orbita").agency("Northern Aerospace Agency")
                        .fact(AGREEMENT, "2031-05-01", "parties", List.of("Northern Aerospace Agency", "Orbita")),
                article("a3", "2031-05-04").agency("Orbita").agency("Northern Aerospace Agency")
                        .fact(AGREEMENT, "2031-05-01", "parties", List.of("Northern Aerospace Agency", "Orbita"),
                                "subject", "lunar relay"));
        assertEquals(2, facts.size());
        MergedFact seats = facts.stream().filter(f -> "seat exchange".equals(f.args().get("subject"))).findFirst().orElseThrow();
        assertEquals(2, seats.sources().size());
        assertEquals("2031-05-01", seats.date());
        assertEquals(List.of("Orbita Agency", "Northern Aerospace Agency"), seats.args().get("parties"));
    }

    @Test
    void aRoleIsAsTheLatestArticleHasIt() {
        MergedFact role = merged(
                article("a1", "2030-01-01").person("Ivan Lebed")
                        .fact(ROLE, null, "person", "Ivan Lebed", "title", "chief", "former", false),
                article("a2", "2032-01-01").person("Ivan Lebed")
                        .fact(ROLE, null, "person", "Ivan Lebed", "title", "Chief", "former", true)).get(0);
        assertEquals(2, role.sources().size());
        assertEquals(true, role.args().get("former"));
        assertTrue(role.conflicts().isEmpty());
    }

    @Test
    void crewmatesOfAllReportsAreUnitedAndStayCanonical() {
        MergedFact flight = merged(
                article("a1", "2031-09-01").person("Mira Solano").person("Pavel Drozdov")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09", "person", "Mira Solano", "mission", "Lark-3",
                                "crewmates", List.of("Pavel Drozdov")),
                article("a2", "2031-09-02").person("Mira Solano").person("Pavel Drozdov").person("Lena Maria Sorensen")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09", "person", "Mira Solano", "mission", "Lark-3",
                                "crewmates", List.of("Lena Maria Sorensen", "Pavel Drozdov"))).get(0);
        assertEquals(List.of("Pavel Drozdov", "Lena Maria Sorensen"), flight.args().get("crewmates"));
    }

    @Test
    void mergedFactIsASchemaFactWithSourcesAndConflicts() {
        MergedFact flight = merged(
                article("a1", "2031-09-01").person("Mira Solano")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09-03", "person", "Mira Solano", "mission", "Lark-3"),
                article("a2", "2031-09-07").person("Mira Solano")
                        .fact(FLIGHT_ASSIGNMENT, "2031-09-06", "person", "Mira Solano", "mission", "Lark-3")).get(0);
        String json = Json.write(flight);
        Fact asFact = Json.read(json, Fact.class);
        assertEquals(flight.id(), asFact.id());
        assertTrue(asFact.id().startsWith("m-"));
        assertEquals(flight.evidence(), asFact.evidence());
        JsonNode node = Json.read(json, JsonNode.class);
        assertEquals(2, node.get("sources").size());
        assertEquals("date", node.get("conflicts").get(0).get("slot").asText());
        assertEquals(flight, Json.read(json, MergedFact.class));
        assertNull(node.get("sources").get(0).get("conflicts"));
    }
}
