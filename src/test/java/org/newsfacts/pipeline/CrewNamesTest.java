package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/**
 * Crew members whose names generic NER has rarely seen (issue 9, kinds 3 and 6): after a crew position or an
 * astronaut noun, CoreNLP's models tag such a name as an organisation, or not at all, so the person and their
 * flight were lost. Invented names and flights, through the standard analyzer.
 */
@Tag("models") // loads CoreNLP
class CrewNamesTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null, text));
    }

    private static Set<String> people(Analysis analysis) {
        return analysis.entities().stream().filter(e -> e.type() == EntityType.PERSON).map(Entity::name)
                .collect(Collectors.toSet());
    }

    private static Set<Object> flyers(Analysis analysis) {
        return analysis.facts().stream().filter(f -> f.type() == FactType.FLIGHT_ASSIGNMENT)
                .map(f -> f.args().get("person")).collect(Collectors.toSet());
    }

    @Test
    void anUnusualNameAfterACrewPositionIsACrewMember() {
        Analysis analysis = analyze("Marek Dunn will command STS-140 next year. Pilot Alba Quist and mission specialists "
                + "Omar Reyes and Lisa Tran complete the crew of STS-140.");
        assertTrue(people(analysis).contains("Alba Quist"), people(analysis).toString());
        assertEquals(Set.of("Alba Quist", "Omar Reyes", "Lisa Tran"),
                flyers(analysis).stream().filter(p -> !"Marek Dunn".equals(p)).collect(Collectors.toSet()),
                analysis.facts().toString());
    }

    @Test
    void anUnusualNameAfterAnAstronautNounIsAPersonNotAnOrganisation() {
        Analysis analysis = analyze("Astronaut Alba Quist flew aboard Soyuz MS-41 in April.");
        assertTrue(people(analysis).contains("Alba Quist"), analysis.entities().toString());
        assertEquals(Set.of("Alba Quist"), flyers(analysis), analysis.facts().toString());
    }

    @Test
    void anOrganisationAfterACrewWordStaysAnOrganisation() {
        Analysis analysis = analyze("The engineer Acme Orbital Agency hired last spring will test the capsule.");
        assertTrue(people(analysis).isEmpty(), analysis.entities().toString());
        List<String> none = analyze("A crew Training Program opens in May.").entities().stream()
                .filter(e -> e.type() == EntityType.PERSON).map(Entity::name).toList();
        assertEquals(List.of(), none);
    }
}
