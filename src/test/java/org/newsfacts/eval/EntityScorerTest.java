package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.json.Json;

/**
 * Scores the fixture in {@code src/test/resources/eval-entities/} (gold and predictions written for this test:
 * possessives, accents, a leading "the", ignored celestial bodies, dates by value, an article without gold).
 * The expected table is the output of {@code score-entities.py gold.jsonl predicted.jsonl} on the same files.
 */
class EntityScorerTest {

    @Test
    void tableEqualsReferenceScorer() throws IOException, URISyntaxException {
        List<GoldEntity> gold = EntityGoldReader.read(resource("gold.jsonl"));
        List<PredictedEntity> predicted = new ArrayList<>();
        for (String line : Files.readAllLines(resource("predicted.jsonl"))) {
            predicted.add(Json.read(line, PredictedEntity.class));
        }
        EntityReport report = new EntityScorer().score(gold, predicted);
        assertEquals("""
                PERSON  gold=   3 pred=   4 tp=   3  P=0.75 R=1.00 F1=0.86  canonical=0.67
                ORG     gold=   3 pred=   3 tp=   2  P=0.67 R=0.67 F1=0.67  canonical=0.50
                PLACE   gold=   3 pred=   3 tp=   2  P=0.67 R=0.67 F1=0.67  canonical=1.00
                CRAFT   gold=   2 pred=   2 tp=   2  P=1.00 R=1.00 F1=1.00  canonical=0.50
                DATE    gold=   3 pred=   3 tp=   1  P=0.33 R=0.33 F1=0.33  canonical=1.00
                all     gold=  14 pred=  15 tp=  10  P=0.67 R=0.71 F1=0.69  canonical=0.70
                {"PERSON": 0.857, "ORG": 0.667, "PLACE": 0.667, "CRAFT": 1.0, "DATE": 0.333, "all": 0.69}
                """, report.toTable());
        assertTrue(report.misses().contains("MISS  a3-quiet.txt PLACE Eastmoor"), report.toListing());
        assertTrue(report.extras().contains("EXTRA a1-crew.txt PERSON Olga"), report.toListing());
    }

    @Test
    void foldsAsTheReferenceScorerDoes() {
        assertEquals("brook", EntityNameFolder.fold("Brook\u2019s"));
        assertEquals("stephane leveque", EntityNameFolder.fold("Stéphane Lévêque"));
        assertEquals("northfield university", EntityNameFolder.fold("The Northfield  University"));
        assertEquals("u s space force", EntityNameFolder.fold("U.S. Space_Force"));
    }

    @Test
    void badGoldLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"article\": \"a.txt\", \"type\": \"PERSON\", \"name\": \"A B\"}\n{\"article\": 3}\n");
        IOException e = assertThrows(IOException.class, () -> EntityGoldReader.read(gold));
        assertEquals(gold + ":2: \"article\" must be a string", e.getMessage());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(EntityScorerTest.class.getResource("/eval-entities/" + name).toURI());
    }
}
