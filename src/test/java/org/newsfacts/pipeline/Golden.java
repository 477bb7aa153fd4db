package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Golden-file comparison: the expected text lives in {@code src/test/resources/golden/}, written by us and
 * read by people in review. A mismatch fails with a line diff; run with {@code -Dgolden.update=true} to
 * rewrite the file on purpose, then review the change like code.
 */
public final class Golden {
    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, List<String> actualLines) throws IOException {
        Path file = DIR.resolve(name);
        String actual = String.join("\n", actualLines) + "\n";
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("golden file " + file + " is missing; create it with -Dgolden.update=true and review it");
        }
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (!expected.equals(actualLines)) {
            StringBuilder diff = new StringBuilder("output differs from " + file + " (- expected, + actual):\n");
            expected.stream().filter(l -> !actualLines.contains(l)).forEach(l -> diff.append("- ").append(l).append('\n'));
            actualLines.stream().filter(l -> !expected.contains(l)).forEach(l -> diff.append("+ ").append(l).append('\n'));
            fail(diff.toString());
        }
    }
}
