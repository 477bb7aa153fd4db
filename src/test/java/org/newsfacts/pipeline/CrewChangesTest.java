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
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Crews that change (issue 9, kind 4): a person an agency takes off a flight has no fact for it, whoever
 * replaces them takes their seat even when the sentence that says so names no flight, and a crew change told
 * with the verbs of leadership ("B will replace A") is no leadership change. Invented people, agencies and
 * flights, through the standard analyzer.
 */
@Tag("models") // loads CoreNLP
class CrewChangesTest {
    private static Analysis analyze(String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-01-15", null, text));
    }

    private static List<Fact> facts(Analysis analysis, FactType type) {
        return analysis.facts().stream().filter(f -> f.type() == type).toList();
    }

    private static Set<Object> flyers(Analysis analysis) {
        return facts(analysis, FactType.FLIGHT_ASSIGNMENT).stream().map(f -> f.args().get("person"))
                .collect(Collectors.toSet());
    }

    @Test
    void aReplacementTakesTheSeatOfThePersonTakenOffAndNoPostChangesHands() {
        Analysis analysis = analyze("The Freedonian Space Agency has removed astronaut Ivo Brandt from the crew of "
                + "Soyuz MS-41 for medical reasons, the agency said on Wednesday. He will be replaced by Lena Horvat, "
                + "who was his backup.\n\nThe Soyuz MS-41 crew, which also includes astronaut Omar Reyes, is scheduled "
                + "to launch from the Baikonur Cosmodrome on March 20.");
        assertEquals(Set.of("Lena Horvat", "Omar Reyes"), flyers(analysis), analysis.facts().toString());
        Fact horvat = facts(analysis, FactType.FLIGHT_ASSIGNMENT).stream()
                .filter(f -> f.args().get("person").equals("Lena Horvat")).findFirst().orElseThrow();
        assertEquals("Soyuz MS-41", horvat.args().get("mission"));
        assertEquals(List.of("Omar Reyes"), horvat.args().get("crewmates"));
        assertEquals(List.of(), facts(analysis, FactType.LEADERSHIP_CHANGE), analysis.facts().toString());
    }

    @Test
    void anAgencyThatDropsSomeoneFromAFlightTakesThemOff() {
        Analysis analysis = analyze("Acme Orbital has dropped pilot Marek Dunn from the Crew-40 mission. "
                + "Crew-40 will launch in May with astronauts Alba Quist and Sara Lindgren.");
        assertEquals(Set.of("Alba Quist", "Sara Lindgren"), flyers(analysis), analysis.facts().toString());
    }

    @Test
    void replacingSomeoneInAPostLeavesTheirSeat() {
        Analysis analysis = analyze("Astronaut Piet Moravec will fly on Crew-40 in May with astronaut Alba Quist. "
                + "Back from a year of training duty, Marek Dunn now replaces Moravec as deputy chief of the astronaut office.");
        assertTrue(flyers(analysis).contains("Piet Moravec"), analysis.facts().toString());
        assertTrue(!flyers(analysis).contains("Marek Dunn"), analysis.facts().toString());
    }
}
