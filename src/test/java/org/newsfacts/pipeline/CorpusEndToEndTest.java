package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.search.AnalysisStore;

/** Ingests the repository's corpus/ with the real CoreNLP models into a temporary index and checks what comes out. */
@Tag("models") // loads CoreNLP
class CorpusEndToEndTest {
    private static final String SEED = "000_f40229d384a19975.txt";

    private static List<Analysis> analyses() throws IOException {
        List<Analysis> all = new ArrayList<>();
        try (AnalysisStore store = AnalysisStore.open(CorpusIndex.path()); var stream = store.all()) {
            stream.forEach(all::add);
        }
        return all;
    }

    private static Analysis seed() throws IOException {
        return analyses().stream().filter(a -> a.article().path().endsWith(SEED)).findFirst().orElseThrow();
    }

    private static String name(Analysis a) {
        return Path.of(a.article().path().replaceFirst("#", "_")).getFileName().toString();
    }

    @Test
    void ingestsEveryCorpusFileAndTagsTheSpanishOneWithItsLanguage() {
        IngestSummary summary = CorpusIndex.firstIngest();
        assertEquals(6, summary.added());
        assertEquals(0, summary.rejected());
        assertEquals(1, summary.nonEnglish());
    }

    @Test
    void corpusFactsMatchGoldenFile() throws IOException {
        Golden.assertFolderMatches("corpus", factFiles(analyses()));
    }

    /** Short articles written for the tests, each stating facts in a phrasing the corpus does not use. */
    @Test
    void writtenTestArticlesGiveTheirGoldenFacts(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        IngestSummary summary = CorpusIndex.ingest(index, List.of(Path.of("src/test/resources/articles")));
        assertEquals(0, summary.rejected());
        List<Analysis> analyses = new ArrayList<>();
        try (AnalysisStore store = AnalysisStore.open(index); var stream = store.all()) {
            stream.forEach(analyses::add);
        }
        Golden.assertFolderMatches("articles", factFiles(analyses));
    }

    /** {@code NAME.facts.jsonl} per article (an empty file for an article without facts), lines sorted. */
    private static Map<String, List<String>> factFiles(List<Analysis> analyses) {
        Map<String, List<String>> files = new TreeMap<>();
        for (Analysis a : analyses) {
            List<String> lines = new ArrayList<>();
            for (Fact f : a.facts()) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("article", name(a));
                line.put("type", f.type());
                line.put("args", f.args());
                line.put("date", f.date());
                lines.add(Json.write(line));
            }
            lines.sort(Comparator.naturalOrder());
            assertNull(files.put(name(a) + ".facts.jsonl", lines), "two articles named " + name(a));
        }
        return files;
    }

    @Test
    void seedEntitiesMatchGoldenFile() throws IOException {
        List<String> lines = seed().entities().stream()
                .filter(e -> e.type() != EntityType.DATE)
                .map(e -> e.type() + "\t" + e.name() + "\t" + String.join("|", e.aliases()) + "\t" + e.mentions())
                .sorted().toList();
        Golden.assertMatches("seed.entities.tsv", lines);
    }

    @Test
    void seedStatesTheFourFlightsTheLeadershipChangesAndTheAgreement() throws IOException {
        List<Fact> facts = seed().facts();
        Map<String, Object> rubio = flight(facts, "Frank Rubio");
        assertEquals("Soyuz", rubio.get("vehicle"));
        assertEquals("Baikonur Cosmodrome", rubio.get("launch_site"));
        assertEquals("International Space Station", rubio.get("destination"));
        assertEquals(List.of("Sergei Prokopyev", "Dmitry Petelin"), rubio.get("crewmates"));
        assertEquals("Roscosmos", flight(facts, "Dmitry Petelin").get("agency"));
        Map<String, Object> kikina = flight(facts, "Anna Kikina");
        assertEquals("Crew Dragon", kikina.get("vehicle"));
        assertEquals("Kennedy Space Center", kikina.get("launch_site"));
        assertTrue(facts.stream().filter(f -> f.type() == FactType.FLIGHT_ASSIGNMENT).allMatch(f -> "XXXX-09".equals(f.date())));

        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE && f.args().equals(Map.of(
                "organization", "Roscosmos", "role", "head", "outgoing", "Dmitry Rogozin", "incoming", "Yuri Borisov",
                "appointed_by", "Vladimir Putin"))));
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.LEADERSHIP_CHANGE
                && "Dmitry Rogozin".equals(f.args().get("incoming")) && "2018".equals(f.date())));
        assertTrue(facts.stream().anyMatch(f -> f.type() == FactType.AGREEMENT
                && f.args().get("parties").equals(List.of("NASA", "Roscosmos"))));
    }

    @Test
    void evidenceOffsetsPointIntoTheIngestedText() throws IOException {
        Analysis seed = seed();
        String text;
        try (AnalysisStore store = AnalysisStore.open(CorpusIndex.path())) {
            text = store.text(seed.article().id()).orElseThrow();
        }
        for (Fact f : seed.facts()) {
            assertEquals(f.evidence().sentence(), text.substring(f.evidence().start(), f.evidence().end()));
        }
    }

    @Test
    void seedSpellingsOfRoscosmosAreOneAgencyAndSurnamesResolveToFullNames() throws IOException {
        List<Entity> entities = seed().entities();
        Entity roscosmos = entities.stream().filter(e -> e.name().equals("Roscosmos")).findFirst().orElseThrow();
        assertEquals(EntityType.AGENCY, roscosmos.type());
        assertTrue(roscosmos.aliases().containsAll(List.of("Roskosmos", "Roskomos")));
        assertTrue(entities.stream().noneMatch(e -> e.name().equals("Rogozin")), "a surname is never an entity of its own");
        assertEquals(EntityType.PLACE, type(entities, "Baikonur Cosmodrome"));
        assertEquals(EntityType.PLACE, type(entities, "Kennedy Space Center"));
    }

    private static EntityType type(List<Entity> entities, String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
    }

    private static Map<String, Object> flight(List<Fact> facts, String person) {
        return facts.stream().filter(f -> f.type() == FactType.FLIGHT_ASSIGNMENT && person.equals(f.args().get("person")))
                .findFirst().orElseThrow(() -> new AssertionError("no flight for " + person)).args();
    }
}
