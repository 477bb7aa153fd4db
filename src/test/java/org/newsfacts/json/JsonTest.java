package org.newsfacts.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

public class JsonTest {
    public static final ArticleRecord ARTICLE = new ArticleRecord("0a1b2c3d4e5f", "in/lunar-probe.txt",
            "Lunar probe cleared for launch", "2023-03-02", "en", "ab".repeat(32), 412);
    public static final Entity AGENCY = new Entity("org:orbital-works", EntityType.AGENCY, "Orbital Works",
            List.of("OrbitalWorks", "Orbital-Works"), "Q0000001", 4);

    public static Fact fact() {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("person", "Ada Quill");
        args.put("title", "chief engineer");
        args.put("crewmates", List.of("Bo Tran", "Cy Ortega"));
        args.put("former", true);
        return new Fact("f-01", FactType.ROLE, "0a1b2c3d4e5f", args, "2023-03",
                new Evidence("Ada Quill, the former chief engineer, spoke.", 10, 55), 0.75);
    }

    @Test
    void articleRoundTripsAndOmitsNulls() {
        assertEquals(ARTICLE, Json.read(Json.write(ARTICLE), ArticleRecord.class));
        ArticleRecord untitled = new ArticleRecord("id1", "p.txt", null, null, "ru", "00", 3);
        String json = Json.write(untitled);
        assertEquals("{\"id\":\"id1\",\"path\":\"p.txt\",\"language\":\"ru\",\"sha256\":\"00\",\"tokens\":3}", json);
        assertEquals(untitled, Json.read(json, ArticleRecord.class));
    }

    @Test
    void entityRoundTripsWithSchemaFieldOrder() {
        String json = Json.write(AGENCY);
        assertEquals("{\"id\":\"org:orbital-works\",\"type\":\"AGENCY\",\"name\":\"Orbital Works\","
                + "\"aliases\":[\"OrbitalWorks\",\"Orbital-Works\"],\"wikidata\":\"Q0000001\",\"mentions\":4}", json);
        assertEquals(AGENCY, Json.read(json, Entity.class));
    }

    @Test
    void factArgsKeepStringListAndBoolean() {
        Fact fact = fact();
        String json = Json.write(fact);
        assertTrue(json.contains("\"args\":{\"person\":\"Ada Quill\",\"title\":\"chief engineer\","
                + "\"crewmates\":[\"Bo Tran\",\"Cy Ortega\"],\"former\":true}"), json);
        Fact back = Json.read(json, Fact.class);
        assertEquals(fact, back);
        assertEquals(List.of("Bo Tran", "Cy Ortega"), back.args().get("crewmates"));
        assertEquals(Boolean.TRUE, back.args().get("former"));
    }

    @Test
    void analysisRoundTripsThroughBytes() {
        Analysis analysis = new Analysis(ARTICLE, List.of(AGENCY), List.of(fact()));
        assertEquals(analysis, Json.readAnalysis(Json.writeBytes(analysis)));
    }

    @Test
    void unknownFieldsAreIgnoredAndMalformedJsonFails() {
        Entity entity = Json.read("{\"id\":\"x\",\"type\":\"PLACE\",\"name\":\"Kourou\",\"future\":1}", Entity.class);
        assertEquals("Kourou", entity.name());
        assertFalse(Json.write(entity).contains("future"));
        assertThrows(UncheckedIOException.class, () -> Json.read("{\"id\":", Entity.class));
    }

    @Test
    void strictTreeReaderRejectsDuplicateKeysAndTrailingTokensThatTheDefaultReaderAccepts() throws Exception {
        String duplicated = "{\"text\":\"Olga Varga spoke.\",\"text\":\"other\"}";
        assertEquals("other", Json.mapper().readTree(duplicated).get("text").asText());
        assertThrows(JsonProcessingException.class, () -> Json.strictTreeReader().readTree(duplicated));
        assertThrows(JsonProcessingException.class, () -> Json.strictTreeReader().readTree("{\"a\":1} {\"a\":2}"));
        assertEquals(1, Json.strictTreeReader().readTree("{\"a\":1}").get("a").asInt());
    }

    @Test
    void untypedLineReaderReadsPlainValuesAndRejectsAGluedLine() throws Exception {
        Object value = Json.untypedLineReader().readValue("{\"article\":\"a1\",\"args\":[1,null]}");
        assertEquals(Map.of("article", "a1", "args", Arrays.asList(1, null)), value);
        assertTrue(value instanceof LinkedHashMap<?, ?>);
        assertThrows(JsonProcessingException.class, () -> Json.untypedLineReader().readValue("{\"a\":1}{\"a\":2}"));
    }
}
