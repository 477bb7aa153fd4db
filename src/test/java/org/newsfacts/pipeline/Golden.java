package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden-file comparison: the expected text lives in {@code src/test/resources/golden/}, written by us and
 * read by people in review, one file per article so that a change to one article's output touches one file.
 * A mismatch fails with an ordered line diff (a reordering shows as such). {@code -Dgolden.update=true}
 * rewrites the files on purpose and still fails the run, so that an update is always looked at (git diff)
 * before the tests are run again without it and pass.
 */
public final class Golden {
    static final Path DIR = Path.of("src/test/resources/golden");
    static final String UPDATE = "golden.update";

    private Golden() {
    }

    /** One golden file, {@code golden/NAME}. */
    public static void assertMatches(String name, List<String> actualLines) throws IOException {
        assertDirectoryMatches(DIR, Map.of(name, actualLines), false, Boolean.getBoolean(UPDATE));
    }

    /**
     * One golden file per key in {@code golden/FOLDER/}, and no other file there: an article that no longer
     * exists must not keep a golden that nothing checks.
     */
    public static void assertFolderMatches(String folder, Map<String, List<String>> actualByFile) throws IOException {
        assertDirectoryMatches(DIR.resolve(folder), actualByFile, true, Boolean.getBoolean(UPDATE));
    }

    static void assertDirectoryMatches(Path dir, Map<String, List<String>> actualByFile, boolean exclusive,
            boolean update) throws IOException {
        Map<String, List<String>> actual = new TreeMap<>(actualByFile);
        Set<String> stale = new TreeSet<>();
        if (exclusive && Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(p -> p.getFileName().toString()).filter(n -> !actual.containsKey(n)).forEach(stale::add);
            }
        }
        if (update) {
            Files.createDirectories(dir);
            List<String> changed = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : actual.entrySet()) {
                Path file = dir.resolve(e.getKey());
                String text = text(e.getValue());
                if (!Files.exists(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(text)) {
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                    changed.add(file.toString());
                }
            }
            for (String name : stale) {
                Files.delete(dir.resolve(name));
                changed.add(dir.resolve(name) + " (deleted)");
            }
            fail("-D" + UPDATE + "=true rewrote " + (changed.isEmpty() ? "nothing" : String.join(", ", changed))
                    + "; review the change (git diff " + dir + "), then run the tests again without it");
        }
        StringBuilder failures = new StringBuilder();
        for (Map.Entry<String, List<String>> e : actual.entrySet()) {
            Path file = dir.resolve(e.getKey());
            if (!Files.exists(file)) {
                failures.append("golden file ").append(file).append(" is missing; create it with -D").append(UPDATE)
                        .append("=true and review it\n");
                continue;
            }
            List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!expected.equals(e.getValue())) {
                failures.append("output differs from ").append(file).append(" (- expected, + actual):\n")
                        .append(diff(expected, e.getValue()));
            }
        }
        stale.forEach(n -> failures.append("golden file ").append(dir.resolve(n))
                .append(" belongs to no article; delete it (or run with -D").append(UPDATE).append("=true)\n"));
        if (!failures.isEmpty()) {
            fail(failures.toString());
        }
    }

    private static String text(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /**
     * An ordered line diff from a longest common subsequence: unchanged lines as {@code "  "}, removed as
     * {@code "- "}, added as {@code "+ "}, each with its line number in the expected or actual file.
     */
    static String diff(List<String> expected, List<String> actual) {
        int n = expected.size();
        int m = actual.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = expected.get(i).equals(actual.get(j))
                        ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                out.append(String.format("  %4d %s%n", i + 1, expected.get(i)));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                out.append(String.format("- %4d %s%n", i + 1, expected.get(i)));
                i++;
            } else {
                out.append(String.format("+ %4d %s%n", j + 1, actual.get(j)));
                j++;
            }
        }
        return out.toString();
    }
}
