package org.newsfacts.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {
    @TempDir
    Path folder;

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.sorted().toList();
        }
    }

    @Test
    void writesNewFileAndLeavesNoTemp() throws IOException {
        Path target = folder.resolve("facts.jsonl");
        AtomicFileWriter.write(target, "one\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("one\n", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void replacesExistingFileEvenWhenBodyClosesTheStream() throws IOException {
        Path target = folder.resolve("facts.csv");
        Files.writeString(target, "old");
        AtomicFileWriter.write(target, out -> {
            out.write("new".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void failedWriteKeepsOldContentAndDeletesTemp() throws IOException {
        Path target = folder.resolve("facts.json");
        Files.writeString(target, "complete");
        IOException failure = assertThrows(IOException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write("half of it".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("complete", Files.readString(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void failedFirstWriteLeavesNothing() throws IOException {
        Path target = folder.resolve("never.jsonl");
        assertThrows(IllegalStateException.class, () -> AtomicFileWriter.write(target, out -> {
            out.write('x');
            throw new IllegalStateException("bug");
        }));
        assertFalse(Files.exists(target));
        assertEquals(List.of(), files());
    }
}
