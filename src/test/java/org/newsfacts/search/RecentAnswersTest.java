package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentAnswersTest {
    @Test
    void computesEachKeyOnceWhileItIsKeptAndDropsTheLeastRecentlyUsed() throws IOException {
        List<String> computed = new ArrayList<>();
        RecentAnswers<String, Integer> answers = new RecentAnswers<>(2);
        RecentAnswers.Compute<String, Integer> length = key -> {
            computed.add(key);
            return key.length();
        };
        assertEquals(5, answers.get("Varga", length));
        assertEquals(5, answers.get("Lebed", length));
        assertEquals(5, answers.get("Varga", length)); // kept; Lebed is now the least recently used
        assertEquals(6, answers.get("Orbita", length)); // drops Lebed
        assertEquals(5, answers.get("Varga", length));
        assertEquals(5, answers.get("Lebed", length)); // computed again
        assertEquals(List.of("Varga", "Lebed", "Orbita", "Lebed"), computed);
    }

    @Test
    void aFailedComputationIsNotKept() throws IOException {
        RecentAnswers<String, Integer> answers = new RecentAnswers<>(4);
        assertThrows(IOException.class, () -> answers.get("Heron", key -> {
            throw new IOException("disk gone");
        }));
        assertEquals(5, answers.get("Heron", String::length));
    }
}
