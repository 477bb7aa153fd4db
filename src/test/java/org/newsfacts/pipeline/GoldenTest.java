package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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

/** The golden mechanism itself, on a temporary folder: per-file comparison, ordered diff, update that fails. */
class GoldenTest {

    @Test
    void theDiffKeepsTheOrderSoAReorderingShows() {
        assertEquals("""
                -    1 b
                     2 a
                +    2 b
                """, Golden.diff(List.of("b", "a"), List.of("a", "b")));
        assertEquals("""
                     1 a
                -    2 Olga Varga
                +    2 Olga Vargas
                     3 c
                """, Golden.diff(List.of("a", "Olga Varga", "c"), List.of("a", "Olga Vargas", "c")));
    }

    @Test
    void anUpdateWritesEveryFileDeletesStaleOnesAndStillFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("gone.facts.jsonl"), "x\n");
        Map<String, List<String>> actual = Map.of("a.facts.jsonl", List.of("1", "2"), "empty.facts.jsonl", List.of());

        AssertionError update = assertThrows(AssertionError.class,
                () -> Golden.assertDirectoryMatches(dir, actual, true, true));
        assertTrue(update.getMessage().contains("review the change"), update.getMessage());
        assertEquals("1\n2\n", Files.readString(dir.resolve("a.facts.jsonl")));
        assertEquals("", Files.readString(dir.resolve("empty.facts.jsonl")));
        assertTrue(Files.notExists(dir.resolve("gone.facts.jsonl")));

        assertDoesNotThrow(() -> Golden.assertDirectoryMatches(dir, actual, true, false));
    }

    @Test
    void aMismatchAMissingAndAStaleFileAreAllReported(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.facts.jsonl"), "1\n2\n");
        Files.writeString(dir.resolve("stale.facts.jsonl"), "x\n");
        AssertionError e = assertThrows(AssertionError.class, () -> Golden.assertDirectoryMatches(dir,
                Map.of("a.facts.jsonl", List.of("1", "3"), "new.facts.jsonl", List.of("4")), true, false));
        String message = e.getMessage();
        assertTrue(message.contains("a.facts.jsonl (- expected, + actual)") && message.contains("-    2 2")
                && message.contains("+    2 3"), message);
        assertTrue(message.contains("new.facts.jsonl is missing"), message);
        assertTrue(message.contains("stale.facts.jsonl belongs to no article"), message);
    }
}
