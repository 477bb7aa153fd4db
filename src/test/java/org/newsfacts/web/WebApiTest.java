package org.newsfacts.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.pipeline.CorpusIndex;
import org.newsfacts.search.AnalysisStore;

/** The JSON API over HTTP, against a server started on the index of the repository's {@code corpus/}. */
@Tag("models") // ingests corpus/ through CoreNLP
class WebApiTest {
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
    void searchAnswersTheCliJsonShapeWithGazetteerSpellingsAndFacets() throws Exception {
        HttpResponse<String> response = http.get("/api/search?q=Roskosmos&facets=true&limit=3");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = Http.json(response);
        assertTrue(body.get("total").asLong() > 0, response.body());
        JsonNode hit = body.get("hits").get(0);
        for (String field : List.of("id", "title", "path", "score", "snippet", "entities", "facts")) {
            assertTrue(hit.has(field), field + " missing in " + hit);
        }
        assertTrue(body.get("hits").size() <= 3);
        assertTrue(body.get("facets").has("fact_types") || body.get("facets").has("factTypes"), response.body());
    }

    @Test
    void searchPagesThroughTheRankingByOffset() throws Exception {
        JsonNode all = Http.json(http.get("/api/search?q=&limit=4"));
        JsonNode second = Http.json(http.get("/api/search?q=&limit=2&offset=2"));
        assertEquals(all.get("hits").get(2).get("id"), second.get("hits").get(0).get("id"));
        assertEquals(all.get("total"), second.get("total"));
    }

    @Test
    void malformedQueriesAndBadParametersAre400WithAJsonMessageAndNoStackTrace() throws Exception {
        for (String path : List.of("/api/search?q=title:(", "/api/search?limit=100000", "/api/search?from=yesterday",
                "/api/search?q=" + "a".repeat(1001), "/api/facts?type=LAUNCH", "/api/export?format=xml",
                "/api/export?what=secrets", "/api/timeline")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(400, response.statusCode(), path + ": " + response.body());
            JsonNode body = Http.json(response);
            assertEquals(400, body.get("status").asInt());
            assertFalse(body.get("error").asText().isBlank());
            assertFalse(response.body().contains("\tat ") || response.body().contains("Exception"), response.body());
        }
    }

    @Test
    void unknownIdsAre404() throws Exception {
        for (String path : List.of("/api/articles/000000000000", "/api/entities/person:nobody-at-all",
                "/api/timeline?entity=Nobody%20Atall", "/api/nothing-here")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(404, response.statusCode(), path + ": " + response.body());
            assertEquals(404, Http.json(response).get("status").asInt());
        }
        HttpResponse<String> page = http.get("/articles/000000000000");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("no article with id"), page.body());
    }

    @Test
    void articleGivesTheAnalysisAndTheTextItsOffsetsPointInto() throws Exception {
        String id = Http.json(http.get("/api/search?q=Roscosmos&limit=1")).get("hits").get(0).get("id").asText();
        JsonNode body = Http.json(http.get("/api/articles/" + id));
        assertEquals(id, body.get("article").get("id").asText());
        String text = body.get("text").asText();
        for (JsonNode fact : body.get("facts")) {
            JsonNode evidence = fact.get("evidence");
            assertEquals(evidence.get("sentence").asText().strip(),
                    text.substring(evidence.get("start").asInt(), evidence.get("end").asInt()).strip());
        }
    }

    @Test
    void entitiesTimelineAndMergedFactsAnswerAsTheCliDoes() throws Exception {
        JsonNode named = Http.json(http.get("/api/entities?name=Roskosmos"));
        assertEquals(1, named.size(), named.toString());
        String id = named.get(0).get("id").asText();
        assertEquals("Roscosmos", named.get(0).get("name").asText());
        JsonNode one = Http.json(http.get("/api/entities/" + id));
        assertEquals(id, one.get("entity").get("id").asText());
        assertTrue(one.get("articles").size() > 0);
        JsonNode timeline = Http.json(http.get("/api/timeline?entity=Roskosmos&type=LEADERSHIP_CHANGE"));
        assertTrue(timeline.get("facts").size() > 0, timeline.toString());
        timeline.get("facts").forEach(f -> assertEquals("LEADERSHIP_CHANGE", f.get("type").asText()));
        JsonNode merged = Http.json(http.get("/api/facts?merged=true&type=FLIGHT_ASSIGNMENT"));
        assertTrue(merged.size() > 0);
        merged.forEach(f -> assertTrue(f.has("sources"), f.toString()));
        JsonNode listed = Http.json(http.get("/api/entities?type=AGENCY&limit=3"));
        assertTrue(listed.size() > 0 && listed.size() <= 3);
        listed.forEach(e -> assertEquals("AGENCY", e.get("type").asText()));
    }

    @Test
    void exportStreamsEveryFactThroughTheCsvWriter() throws Exception {
        long facts;
        try (AnalysisStore store = AnalysisStore.open(CorpusIndex.path()); Stream<Analysis> all = store.all()) {
            facts = all.mapToLong(a -> a.facts().size()).sum();
        }
        HttpResponse<String> csv = http.get("/api/export?what=facts&format=csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("facts.csv"));
        assertTrue(facts > 0);
        assertEquals(facts, Http.json(http.get("/api/facts?limit=100")).size());
        HttpResponse<String> jsonl = http.get("/api/export?what=facts&format=jsonl&type=FLIGHT_ASSIGNMENT");
        List<String> lines = jsonl.body().lines().toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertEquals("FLIGHT_ASSIGNMENT", Json.mapper().readTree(line).get("type").asText());
        }
        assertTrue(csv.body().lines().count() > 1, csv.body());
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicyAndNothingWrites() throws Exception {
        for (String path : List.of("/", "/about", "/facts", "/entities", "/static/app.css", "/api/search")) {
            HttpResponse<String> response = http.get(path);
            assertEquals(200, response.statusCode(), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), path + ": " + csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        for (String method : List.of("POST", "PUT", "DELETE")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/search"))
                    .method(method, HttpRequest.BodyPublishers.ofString("{}")));
            assertNotEquals(200, response.statusCode(), method);
            assertTrue(response.statusCode() >= 400, method + " " + response.statusCode());
        }
    }

    @Test
    void anEmptyFolderAnswers503UntilAnIndexIsThere(@org.junit.jupiter.api.io.TempDir Path empty) throws Exception {
        try (WebServer none = WebServer.start(TestServers.config(empty))) {
            Http client = new Http(none.port());
            HttpResponse<String> response = client.get("/api/search?q=anything");
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(Http.json(response).get("error").asText().contains("no index"), response.body());
            assertEquals(503, client.get("/").statusCode());
        }
    }
}
