package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.FLIGHT_ASSIGNMENT;
import static org.newsfacts.model.FactType.LEADERSHIP_CHANGE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.MergedFact;

class TimelineTest {

    private static Corpus corpus() {
        return Corpus.of(List.of(
                article("a1", "2031-03-05").agency("Orbita Agency").person("Olga Varga").person("Ivan Lebed")
                        .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency",
                                "outgoing", "Ivan Lebed", "incoming", "Olga Varga").build(),
                article("a2", null).agency("Orbita").person("Ivan Lebed")
                        .fact(LEADERSHIP_CHANGE, null, "organization", "Orbita", "incoming", "Pavel Drozdov").build(),
                article("a3", "2031-03-06").agency("Orbita").person("Olga Varga")
                        .fact(LEADERSHIP_CHANGE, "XXXX-03", "organization", "Orbita", "incoming", "Olga Varga").build(),
                article("a4", null).agency("Orbita Agency").person("Ivan Lebed")
                        .fact(LEADERSHIP_CHANGE, "XXXX-06", "organization", "Orbita Agency", "outgoing", "Boris Zorin",
                                "incoming", "Kira Zorina").build(),
                article("a5", "2029-12-01").agency("Orbita Agency").person("Ivan Lebed").person("Mira Solano")
                        .fact(LEADERSHIP_CHANGE, "2029", "organization", "Orbita Agency", "incoming", "Ivan Lebed")
                        .fact(FLIGHT_ASSIGNMENT, "2029-11", "person", "Mira Solano", "agency", "Orbita Agency",
                                "crewmates", List.of("Ivan Lebed")).build()),
                AnalysisBuilder.GAZETTEER);
    }

    private static CorpusEntity entity(Corpus corpus, String name) {
        return corpus.registry().find(name).get(0);
    }

    @Test
    void anAgencysTimelineIsOldestFirstWithUnknownYearsAfterAndUndatedLast() {
        Corpus corpus = corpus();
        List<MergedFact> timeline = corpus.timeline(entity(corpus, "Orbita").id());
        assertEquals(List.of("2029", "2029-11", "2031-03-02", "XXXX-06", "-"),
                timeline.stream().map(f -> f.date() == null ? "-" : f.date()).toList());
        assertEquals(List.of(1, 1, 2, 1, 1), timeline.stream().map(f -> f.sources().size()).toList());
    }

    @Test
    void aPersonsTimelineHoldsTheirOwnFactsNotFlightsNamingThemAsCrewmate() {
        Corpus corpus = corpus();
        CorpusEntity lebed = entity(corpus, "Ivan Lebed");
        assertEquals(List.of("2029", "2031-03-02"), corpus.timeline(lebed.id()).stream().map(MergedFact::date).toList());
        assertEquals(3, corpus.factsAbout(lebed.id()).size(), "as crewmate he still takes part in the flight");
    }
}
