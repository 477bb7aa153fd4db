package org.newsfacts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RunOnTextDetectorTest {
    private final RunOnTextDetector detector = new RunOnTextDetector(1000);

    @Test
    void measuresTheLongestRunBetweenSentenceEnds() {
        assertEquals(0, RunOnTextDetector.longestRun(""));
        assertEquals(4, RunOnTextDetector.longestRun("aaaa. bb! c?"));
        assertEquals(13, RunOnTextDetector.longestRun("no end at all"));
    }

    @Test
    void decimalsAndAbbreviationsDoNotEndASentence() {
        assertEquals(34, RunOnTextDetector.longestRun("It rose 3.5 percent in U.S.A trade"));
    }

    @Test
    void aBlankLineEndsASentenceAndASingleLineBreakDoesNot() {
        assertEquals(7, RunOnTextDetector.longestRun("heading\n\nbody"));
        assertEquals(12, RunOnTextDetector.longestRun("heading line\n \t\r\nbody"));
        assertEquals(11, RunOnTextDetector.longestRun("row 1\nrow 2"));
    }

    @Test
    void acceptsProseOfAnyLengthAndRejectsOneRunOverTheLimit() {
        String prose = "The crew landed on Monday after six months in orbit. ".repeat(20_000);
        assertEquals(Optional.empty(), detector.describe(prose));

        String table = prose + "col ".repeat(300) + "\n\n" + prose;
        assertEquals(Optional.of("not prose: 1201 characters without a sentence end (limit 1000)"), detector.describe(table));
    }

    @Test
    void scansEightMebibytesWellWithinASecond() {
        String dump = "x".repeat(8 * 1024 * 1024);
        assertEquals(Optional.of("not prose: 8388608 characters without a sentence end (limit 1000)"),
                assertTimeoutPreemptively(Duration.ofSeconds(60), () -> detector.describe(dump)));
    }
}
