package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.robust.Cli.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.json.Json;
import org.newsfacts.model.Fact;
import org.newsfacts.pipeline.CorpusIndex;
import org.newsfacts.robust.Cli.Run;

/** The commands as a user runs them, through picocli's execute(), against the corpus index. */
@Tag("models") // loads CoreNLP
class CliTest {

    private static String index() {
        return CorpusIndex.path().toString();
    }

    @Test
    void searchBySpellingVariantFindsTheSeedWithHighlightedSnippet() {
        Run run = run("search", "Roskosmos", "--index", index());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().contains("000_f40229d384a19975.txt"), run.out());
        assertTrue(run.out().contains("[Roskosmos]") || run.out().contains("[Roscosmos]"), run.out());
    }

    @Test
    void searchJsonHasTotalAndHitsWithEntitiesAndFacts() {
        Run run = run("search", "Baikonur", "--json", "--index", index());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        JsonNode body = Json.read(run.out(), JsonNode.class);
        assertEquals(2, body.get("total").asInt());
        JsonNode hit = body.get("hits").get(0);
        for (String field : List.of("id", "title", "path", "score", "snippet", "entities", "facts")) {
            assertTrue(hit.has(field), "hit lacks " + field + ": " + hit);
        }
        assertTrue(hit.get("facts").toString().contains("FLIGHT_ASSIGNMENT"));
        // "date" is omitted for an undated article (null fields are not written) and present for a dated one
        Map<String, JsonNode> byFile = new HashMap<>();
        body.get("hits").forEach(h -> byFile.put(Path.of(h.get("path").asText()).getFileName().toString(), h));
        JsonNode dated = byFile.get("soyuz-ms-30-crew-confirmed.json");
        assertTrue(dated != null && dated.has("date"), "the dated JSON article's hit: " + body);
        assertEquals("2025-06-02", dated.get("date").asText());
        assertFalse(byFile.get("000_f40229d384a19975.txt").has("date"), "the undated text article's hit: " + body);
    }

    @Test
    void searchFiltersByEntityDateAndFactType() {
        assertTrue(run("search", "--entity", "roskosmos", "--index", index()).out().startsWith("2 hits"));
        assertTrue(run("search", "--from", "2025-05-01", "--to", "2025-12-31", "--index", index()).out().startsWith("2 hits"));
        assertTrue(run("search", "--fact-type", "AGREEMENT", "--index", index()).out().startsWith("2 hits"));
    }

    @Test
    void malformedQueryIsAUsageErrorOnOneLine() {
        Run run = run("search", "AND OR", "--index", index());
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().startsWith("newsfacts: error: "), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }

    @Test
    void missingIndexIsFatalWithoutStackTrace(@TempDir Path dir) {
        Run run = run("search", "anything", "--index", dir.resolve("nothing-here").toString());
        assertEquals(ExitCodes.FATAL, run.code());
        assertTrue(run.err().contains("no index at"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("search", "--no-such-option").code());
        assertEquals(ExitCodes.USAGE, run("facts", "--type", "WEDDING", "--index", index()).code());
    }

    @Test
    void factsListsLeadershipChangesOfTheSeed() {
        Run run = run("facts", "--type", "LEADERSHIP_CHANGE", "--entity", "Rogozin", "--index", index());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("2 facts"), run.out());
        assertTrue(run.out().contains("incoming=Yuri Borisov"), run.out());
    }

    @Test
    void entitiesListsAgenciesByArticleCount() {
        Run run = run("entities", "--type", "AGENCY", "--index", index());
        assertEquals(ExitCodes.OK, run.code(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith("NAME"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Roscosmos ")), run.out());
        // the ARTICLES column, read after the TYPE column (names may be wider than theirs), never grows
        Pattern row = Pattern.compile(" AGENCY +(\\d+) +\\d+ ");
        List<Integer> counts = lines.subList(1, lines.size()).stream().map(l -> {
            Matcher m = row.matcher(l);
            assertTrue(m.find(), "not an agency row: " + l);
            return Integer.parseInt(m.group(1));
        }).toList();
        assertTrue(counts.size() > 1 && counts.get(0) > counts.get(counts.size() - 1), "the ordering is observable: " + run.out());
        List<Integer> descending = new ArrayList<>(counts);
        descending.sort(Comparator.reverseOrder());
        assertEquals(descending, counts, run.out());
    }

    @Test
    void exportWritesSchemaRecordsInEveryFormat(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("facts.jsonl");
        assertEquals(ExitCodes.OK, run("export", "--what", "facts", "--format", "jsonl", "--out", jsonl.toString(),
                "--index", index()).code());
        List<Fact> facts = Files.readAllLines(jsonl).stream().map(l -> Json.read(l, Fact.class)).toList();
        assertEquals(19, facts.size()); // as many as the golden files of corpus/ hold
        assertTrue(facts.stream().allMatch(f -> f.id().startsWith("f-") && f.evidence() != null));

        Path csv = dir.resolve("facts.csv");
        run("export", "--what", "facts", "--format", "csv", "--out", csv.toString(), "--index", index());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).startsWith("id,type,article,date,confidence,person"), rows.get(0));

        Path entities = dir.resolve("entities.json");
        run("export", "--what", "entities", "--format", "json", "--out", entities.toString(), "--index", index());
        assertTrue(Json.read(Files.readString(entities), JsonNode.class).isArray());

        Path articles = dir.resolve("articles.jsonl");
        run("export", "--what", "articles", "--out", articles.toString(), "--index", index());
        JsonNode article = Json.read(Files.readAllLines(articles).get(0), JsonNode.class);
        for (String field : List.of("id", "path", "language", "sha256", "tokens")) {
            assertTrue(article.has(field), "article lacks " + field);
        }
    }

    @Test
    void ingestOfOnlyBadFilesNamesEachAndExitsOne(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.writeString(folder.resolve("empty.txt"), "  \n");
        Files.write(folder.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2});
        Files.writeString(folder.resolve("broken.json"), "{\"title\": \"x\", \"text\": ");
        Run run = run("ingest", folder.toString(), "--index", dir.resolve("idx").toString());
        assertEquals(ExitCodes.REJECTED, run.code(), run.err());
        assertEquals(3, run.err().lines().filter(l -> l.startsWith("rejected [")).count(), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void secondIngestIntoALockedIndexIsRefusedAtOnce(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("in"));
        ArticleIndexer holder = ArticleIndexer.open(IndexConfig.at(dir.resolve("idx"))); // holds the lock meanwhile
        try {
            Run run = run("ingest", folder.toString(), "--index", dir.resolve("idx").toString());
            assertEquals(ExitCodes.FATAL, run.code());
            assertTrue(run.err().contains("locked by another process"), run.err());
        } finally {
            holder.close();
        }
    }
}
