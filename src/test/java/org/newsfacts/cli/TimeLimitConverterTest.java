package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class TimeLimitConverterTest {
    private final TimeLimitConverter converter = new TimeLimitConverter();

    @Test
    void readsPlainSecondsAndNumbersWithAUnit() {
        assertEquals(Duration.ofSeconds(120), converter.convert("120"));
        assertEquals(Duration.ofMillis(250), converter.convert("250ms"));
        assertEquals(Duration.ofSeconds(90), converter.convert("90s"));
        assertEquals(Duration.ofMinutes(2), converter.convert(" 2m "));
    }

    @Test
    void rejectsAnythingElseNamingTheValue() {
        for (String bad : new String[] {"", "soon", "-5", "1.5s", "3h", "10000000000"}) {
            CommandLine.TypeConversionException e = assertThrows(CommandLine.TypeConversionException.class,
                    () -> converter.convert(bad), bad);
            assertEquals("'" + bad + "' is not a time limit (seconds, or a number with ms, s or m)", e.getMessage());
        }
    }
}
