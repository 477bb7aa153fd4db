package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldReaderTest {
    @TempDir
    Path dir;

    private Path write(String... lines) throws IOException {
        return Files.write(dir.resolve("gold.jsonl"), List.of(lines));
    }

    @Test
    void readsLinesInOrderAndSkipsBlankOnes() throws IOException {
        Path gold = write(
                "{\"article\": \"a.txt\", \"type\": \"AGREEMENT\", \"args\": {\"parties\": [\"Brazil\", \"United States\"]},"
                        + " \"date\": \"2021\", \"alt\": {\"parties\": {\"United States\": [\"NASA\"]}}, \"note\": \"x\"}",
                "   ",
                "{\"article\": \"b.txt\", \"type\": \"NO_FACTS\", \"alt\": null}");
        List<GoldFact> facts = GoldReader.read(gold);
        assertEquals(2, facts.size());
        GoldFact first = facts.get(0);
        assertEquals(List.of("Brazil", "United States"), first.args().get("parties"));
        assertEquals(Map.of("United States", List.of("NASA")), first.alt().get("parties"));
        assertEquals("2021", first.date());
        assertEquals(new GoldFact("b.txt", "NO_FACTS", Map.of(), null, Map.of()), facts.get(1));
    }

    @Test
    void namesFileAndLineOfABadLine() throws IOException {
        Path gold = write("{\"article\": \"a.txt\", \"type\": \"NO_FACTS\"}", "{\"article\": \"a.txt\", \"type\": ");
        IOException e = assertThrows(IOException.class, () -> GoldReader.read(gold));
        assertTrue(e.getMessage().startsWith(gold + ":2: not JSON"), e.getMessage());
    }

    @Test
    void rejectsLinesWithoutArticleOrType() throws IOException {
        Path noType = write("{\"article\": \"a.txt\", \"args\": {}}");
        assertEquals(noType + ":1: \"type\" must be a string",
                assertThrows(IOException.class, () -> GoldReader.read(noType)).getMessage());
        Path glued = write("{\"article\": \"a.txt\", \"type\": \"NO_FACTS\"} {\"article\": \"b.txt\"}");
        assertTrue(assertThrows(IOException.class, () -> GoldReader.read(glued)).getMessage().startsWith(glued + ":1:"));
        Path array = write("[]");
        assertEquals(array + ":1: expected a JSON object",
                assertThrows(IOException.class, () -> GoldReader.read(array)).getMessage());
    }
}
