package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.json.Json;
import org.newsfacts.pipeline.CorpusIndex;
import org.newsfacts.robust.Cli;

/**
 * The web answers corpus questions exactly as the CLI does on the same index: both read the stored corpus
 * layer, so an entity, its timeline, the merged facts and their export are the same records, in the same order.
 */
@Tag("models") // ingests corpus/ through CoreNLP
class WebCliParityTest {
    private static final int ENTITIES = 25;

    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = WebServer.start(TestServers.config(CorpusIndex.path()));
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void entityPagesAndTimelinesEqualTheCliJsonForTheMostNamedEntities() throws Exception {
        JsonNode listed = api("/api/entities?limit=" + ENTITIES);
        assertEquals(cli("entities", "--limit", Integer.toString(ENTITIES), "--json"), listed, "the listing");
        assertTrue(listed.size() >= 10, "corpus/ names many entities: " + listed);
        int withTimeline = 0;
        for (JsonNode entity : listed) {
            String id = entity.get("id").asText();
            assertEquals(cli("entities", id, "--json"), api("/api/entities/" + Hrefs.encode(id)), "entity " + id);
            JsonNode timeline = api("/api/timeline?entity=" + Hrefs.encode(id));
            assertEquals(cli("timeline", id, "--json"), timeline, "timeline of " + id);
            withTimeline += timeline.get("facts").isEmpty() ? 0 : 1;
        }
        assertTrue(withTimeline > 0, "some of them have merged facts");
    }

    @Test
    void timelineByAnyNameEqualsTheCliTimeline() throws Exception {
        JsonNode web = api("/api/timeline?entity=Roskosmos");
        assertEquals(cli("timeline", "Roskosmos", "--json"), web);
        assertEquals("Roscosmos", web.get("entity").get("name").asText(), web.toString());
    }

    @Test
    void mergedFactsEqualTheCliByTypeAndByEntity() throws Exception {
        JsonNode all = cli("facts", "--merged", "--json");
        JsonNode web = api("/api/facts?merged=true&limit=100");
        assertEquals(prefix(all, web.size()), web, "the first page of every merged fact");
        assertTrue(web.size() == Math.min(100, all.size()) && web.size() > 0, web.size() + " of " + all.size());
        assertEquals(cli("facts", "--merged", "--type", "LEADERSHIP_CHANGE", "--json"),
                api("/api/facts?merged=true&type=LEADERSHIP_CHANGE&limit=100"));
        assertEquals(cli("facts", "--merged", "--entity", "Roscosmos", "--json"),
                api("/api/facts?merged=true&entity=Roscosmos&limit=100"));
    }

    @Test
    void exportsOfMergedFactsAndEntitiesEqualTheCliExports(@TempDir Path dir) throws Exception {
        for (String what : List.of("merged-facts", "entities")) {
            Path file = dir.resolve(what + ".jsonl");
            Cli.Run run = Cli.run("export", "--what", what, "--format", "jsonl", "--out", file.toString(),
                    "--index", CorpusIndex.path().toString());
            assertEquals(0, run.code(), run.both());
            HttpResponse<String> web = http.get("/api/export?what=" + what + "&format=jsonl");
            assertEquals(200, web.statusCode(), web.body());
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), web.body(), what);
        }
    }

    private static JsonNode api(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Http.json(response);
    }

    private static JsonNode cli(String... args) throws IOException {
        Cli.Run run = Cli.run(Stream.concat(Stream.of(args), Stream.of("--index", CorpusIndex.path().toString()))
                .toArray(String[]::new));
        assertEquals(0, run.code(), run.both());
        return Json.mapper().readTree(run.out());
    }

    private static JsonNode prefix(JsonNode array, int n) {
        List<JsonNode> first = new ArrayList<>();
        array.forEach(node -> {
            if (first.size() < n) {
                first.add(node);
            }
        });
        return Json.mapper().valueToTree(first);
    }
}
