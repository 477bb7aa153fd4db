package org.newsfacts.robust;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain English articles written by code from a few sentence patterns, each one different (ids come from
 * the text, so two equal articles would be one), for tests that need many of them or a long one.
 */
final class GeneratedArticles {
    private static final List<String> PATTERNS = List.of(
            "Engineers at the test stand fired engine number %d for %d seconds on Tuesday.",
            "The agency said the review of flight %d would be finished within %d days.",
            "Officials described the %d crates of cargo as ready for launch window %d.",
            "A spokeswoman declined to say when the board would meet again about item %d of %d.",
            "The company plans to build %d more vehicles at its plant over the next %d years.",
            "Controllers reported that the station was in good shape after orbit correction %d of %d.",
            "The budget for the programme rose by %d million dollars in plan %d.",
            "Several experts questioned whether test %d had met all %d of its goals.");

    private GeneratedArticles() {
    }

    /** Article {@code number}: a title line, a date line and {@code sentences} sentences of prose. */
    static String article(int number, int sentences) {
        StringBuilder text = new StringBuilder("Programme report " + number + "\nDate: 2031-03-"
                + String.format("%02d", number % 28 + 1) + "\n\n");
        for (int i = 0; i < sentences; i++) {
            String pattern = PATTERNS.get((number + i) % PATTERNS.size());
            text.append(String.format(pattern, number * 1000 + i, i + 2)).append(i % 6 == 5 ? "\n\n" : " ");
        }
        return text.toString().strip() + "\n";
    }

    /** Writes articles {@code 0..count-1} as {@code report-NNN.txt} into {@code folder}; returns their paths. */
    static List<Path> write(Path folder, int count, int sentences) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("report-%03d.txt", i));
            Files.writeString(file, article(i, sentences));
            files.add(file);
        }
        return files;
    }
}
