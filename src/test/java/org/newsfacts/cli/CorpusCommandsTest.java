package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.FLIGHT_ASSIGNMENT;
import static org.newsfacts.model.FactType.LEADERSHIP_CHANGE;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.robust.Cli.Run;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.json.Json;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.MergedFact;

/** entities, entities NAME, facts --merged, export --what merged-facts and timeline on a hand-built index. */
class CorpusCommandsTest {
    @TempDir
    static Path dir;

    private static final List<AnalysisBuilder> ARTICLES = List.of(
            article("a1", "2031-03-02").agency("Orbita Agency").person("Olga Varga").person("Ivan Lebed", "Lebed")
                    .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "role", "head",
                            "outgoing", "Ivan Lebed", "incoming", "Olga Varga"),
            article("a2", "2031-03-03").agency("Orbita Agency").person("Marta Kovac").person("Ivan Lebed")
                    .fact(LEADERSHIP_CHANGE, "2031-03-02", "organization", "Orbita Agency", "role", "head",
                            "outgoing", "Ivan Lebed", "incoming", "Marta Kovac"),
            article("a3", "2029-06-01").agency("Orbita Agency").person("Ivan Lebed")
                    .fact(LEADERSHIP_CHANGE, "2029", "organization", "Orbita Agency", "incoming", "Ivan Lebed"),
            article("a4", "2031-09-22").agency("Orbita Agency").person("Anna Petrova", "Petrova")
                    .fact(FLIGHT_ASSIGNMENT, "2031-09-21", "person", "Anna Petrova", "agency", "Orbita Agency",
                            "mission", "Lark-3"),
            article("a5", "2032-01-10").person("Irina Petrova", "Petrova").entity(EntityType.DATE, "2040", 1)
                    .fact(FLIGHT_ASSIGNMENT, "2032-01", "person", "Irina Petrova", "mission", "Lark-4"),
            article("a6", null).person("Petrova"));

    @BeforeAll
    static void index() throws IOException {
        IndexedCli.index(dir.resolve("index"), ARTICLES);
    }

    private static Run run(String... args) {
        return IndexedCli.run(dir.resolve("index"), args);
    }

    @Test
    void entitiesListsOneEntityPerThingByArticlesAndDatesOnlyWhenAsked() {
        Run run = run("entities");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(1).startsWith("Orbita Agency"), run.out());
        assertTrue(lines.get(1).matches("Orbita Agency\\s+AGENCY\\s+4\\s+4\\s+2029-06-01 2031-09-22.*"), lines.get(1));
        assertTrue(lines.get(2).matches("Ivan Lebed\\s+PERSON\\s+3\\s+.*Lebed"), lines.get(2));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("2040")), "dates are not listed unless asked for");
        assertTrue(run("entities", "--type", "date").out().lines().anyMatch(l -> l.startsWith("2040 ")));
    }

    @Test
    void entitiesNameShowsAliasesArticlesAndTheMergedFacts() {
        Run run = run("entities", "Olga", "Varga");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("Olga Varga  (PERSON, person:olga-varga)"), run.out());
        assertTrue(run.out().contains("articles (1)"), run.out());
        assertTrue(run.out().contains("2031-03-02  a10000000000  Story a10000000000"), run.out());
        assertTrue(run.out().contains("news/a10000000000.txt"), run.out());
        assertTrue(run.out().contains("Orbita Agency head: Ivan Lebed → ?  [2 articles]"), run.out());
        assertTrue(run.out().contains("conflict: incoming = Olga Varga [a10000000000] | Marta Kovac [a20000000000]"), run.out());

        JsonNode body = Json.read(run("entities", "Lebed", "--json").out(), JsonNode.class);
        assertEquals("Ivan Lebed", body.get("entity").get("name").asText());
        assertEquals(3, body.get("entity").get("articles").asInt());
        assertEquals("2029-06-01", body.get("entity").get("first_date").asText());
        assertEquals(3, body.get("articles").size());
        assertEquals(2, body.get("facts").size());
    }

    @Test
    void aSurnameSharedByTwoPeopleIsAUsageErrorNamingThem() {
        Run run = run("entities", "Petrova");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("Anna Petrova") && run.err().contains("Irina Petrova"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        Run byId = run("entities", "person:petrova@a60000000000");
        assertEquals(ExitCodes.OK, byId.code(), byId.err());
        assertTrue(byId.out().contains("articles (1)"), byId.out());
        Run missing = run("timeline", "Nobody", "Known");
        assertEquals(ExitCodes.USAGE, missing.code());
        assertTrue(missing.err().contains("no entity named 'Nobody Known'"), missing.err());
        assertEquals(ExitCodes.USAGE, run("timeline").code());
    }

    @Test
    void factsMergedListsEachEventOnceWithItsSourcesAndConflicts() {
        Run run = run("facts", "--merged");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("4 merged facts"), run.out());
        assertTrue(run.out().contains("conflict: incoming = Olga Varga [a10000000000] | Marta Kovac [a20000000000]"), run.out());
        assertTrue(run.out().contains("    a20000000000: \"Sentence 0 of a20000000000"), run.out());

        JsonNode flights = Json.read(run("facts", "--merged", "--type", "flight_assignment", "--json").out(), JsonNode.class);
        assertEquals(2, flights.size());
        assertEquals(1, Json.read(run("facts", "--merged", "--entity", "Anna Petrova", "--json").out(), JsonNode.class).size());
    }

    @Test
    void exportWritesMergedFactsInEveryFormat() throws IOException {
        Path jsonl = dir.resolve("merged.jsonl");
        assertEquals(ExitCodes.OK, run("export", "--what", "merged-facts", "--out", jsonl.toString()).code());
        List<String> lines = Files.readAllLines(jsonl);
        assertEquals(4, lines.size());
        List<MergedFact> merged = lines.stream().map(l -> Json.read(l, MergedFact.class)).toList();
        assertEquals(lines, merged.stream().map(Json::write).toList(), "each line is its merged fact's compact JSON");
        assertTrue(merged.stream().anyMatch(f -> f.sources().size() == 2 && f.conflicts().size() == 1));
        lines.forEach(l -> assertTrue(Json.read(l, Fact.class).id().startsWith("m-"), "a merged fact reads as a schema fact"));

        Path json = dir.resolve("merged.json");
        run("export", "--what", "MERGED-FACTS", "--format", "json", "--out", json.toString());
        assertEquals(merged, List.of(Json.read(Files.readString(json), MergedFact[].class)));

        Path csv = dir.resolve("merged.csv");
        run("export", "--what", "merged-facts", "--format", "csv", "--out", csv.toString());
        assertTrue(Files.readAllLines(csv).get(0).startsWith("id,type,date,confidence,person,"));
        assertEquals(ExitCodes.USAGE, run("export", "--what", "merged").code());
    }

    @Test
    void timelineListsAnAgencysFactsOldestFirstWithArticleCounts() {
        Run run = run("timeline", "orbita", "agency");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals("Orbita Agency (AGENCY): 3 facts from 4 articles", lines.get(0));
        assertTrue(lines.get(1).startsWith("2029        LEADERSHIP_CHANGE  Orbita Agency: ? → Ivan Lebed  [1 article]"), run.out());
        assertTrue(lines.get(2).startsWith("2031-03-02  LEADERSHIP_CHANGE  Orbita Agency head: Ivan Lebed → ?  [2 articles]"), run.out());
        assertTrue(lines.get(3).contains("conflict: incoming"), run.out());
        assertTrue(lines.get(4).startsWith("2031-09-21  FLIGHT_ASSIGNMENT  Anna Petrova (Orbita Agency) flies Lark-3"), run.out());

        JsonNode body = Json.read(run("timeline", "Orbita Agency", "--type", "LEADERSHIP_CHANGE", "--json").out(), JsonNode.class);
        assertEquals("org:orbita-agency", body.get("entity").get("id").asText());
        assertEquals(List.of("2029", "2031-03-02"), StreamSupport.stream(body.get("facts").spliterator(), false)
                .map(f -> f.get("date").asText()).toList());
    }
}
