package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The house dependency rules for export, index and search, checked on the import lines of their sources. */
class StoragePackagesImportTest {
    private static final Path SOURCES = Path.of("src/main/java/org/newsfacts");

    private static List<String> imports(String pkg, Predicate<String> forbidden) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream()
                            .filter(line -> line.startsWith("import "))
                            .map(line -> line.substring(line.startsWith("import static ") ? 14 : 7).replace(";", ""))
                            .filter(forbidden)
                            .map(name -> f.getFileName() + ": " + name);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void exportDependsOnlyOnModelTheSharedMapperAndJackson() throws IOException {
        assertEquals(List.of(), imports("export", name -> !(name.startsWith("java.")
                || name.startsWith("com.fasterxml.jackson.") || name.startsWith("org.newsfacts.model.")
                || name.equals("org.newsfacts.json.Json"))));
    }

    @Test
    void indexAndSearchUseNoNlpLibraries() throws IOException {
        Predicate<String> nlp = name -> name.startsWith("edu.stanford.") || name.startsWith("opennlp.")
                || name.startsWith("org.apache.opennlp.") || name.startsWith("org.newsfacts.nlp.");
        assertEquals(List.of(), imports("index", nlp));
        assertEquals(List.of(), imports("search", nlp));
    }

    @Test
    void searchNeverWritesTheIndex() throws IOException {
        assertEquals(List.of(), imports("search", name -> name.startsWith("org.apache.lucene.index.IndexWriter")
                || name.equals("org.newsfacts.index.ArticleIndexer")));
    }
}
