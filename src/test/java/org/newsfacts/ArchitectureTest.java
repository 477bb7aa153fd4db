package org.newsfacts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Library types stay in the packages that adapt them, so the rest is testable without models or an index. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/newsfacts");
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "import edu.stanford.", List.of("nlp"),
            "import opennlp.", List.of("nlp"),
            "import org.apache.lucene.", List.of("index", "search"));

    @Test
    void libraryTypesAreImportedOnlyByTheirAdapterPackages() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
                String pkg = SOURCES.relativize(file).getName(0).toString();
                for (String line : lines(file)) {
                    ALLOWED.forEach((prefix, packages) -> {
                        if (line.startsWith(prefix) && !packages.contains(pkg)) {
                            violations.add(file + ": " + line);
                        }
                    });
                }
            });
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void searchNeverReachesTheNlpPackage() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String pkg : List.of("search", "index", "export", "model", "ingest", "corpus")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                files.filter(p -> p.toString().endsWith(".java")).forEach(file -> lines(file).stream()
                        .filter(l -> l.startsWith("import org.newsfacts.nlp.") || l.startsWith("import org.newsfacts.pipeline."))
                        .forEach(l -> violations.add(file + ": " + l)));
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
