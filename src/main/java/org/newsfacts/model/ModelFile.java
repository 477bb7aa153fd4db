package org.newsfacts.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A data file of {@code models/} (gazetteer, patterns, lexicons) as bundled on the classpath: its lines
 * without blanks and {@code #} comments, each with its line number so that a bad entry is reported as
 * {@code /models/file:12: reason}.
 */
public record ModelFile(String resource, List<Line> lines) {

    /** One entry line. */
    public record Line(int number, String text) {
    }

    public ModelFile {
        lines = List.copyOf(lines);
    }

    /** Reads {@code resource} (e.g. {@code /models/gazetteer.tsv}) from the classpath. */
    public static ModelFile read(String resource) {
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Line> lines = new ArrayList<>();
            String text;
            int number = 0;
            while ((text = reader.readLine()) != null) {
                number++;
                if (!text.isBlank() && !text.strip().startsWith("#")) {
                    lines.add(new Line(number, text));
                }
            }
            return new ModelFile(resource, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** A model file given as text (tests, user-supplied data), named {@code source} in error messages. */
    public static ModelFile of(String source, String text) {
        List<Line> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (!all[i].isBlank() && !all[i].strip().startsWith("#")) {
                lines.add(new Line(i + 1, all[i]));
            }
        }
        return new ModelFile(source, lines);
    }

    /** An error message pointing at a line: {@code /models/file:12: reason}. */
    public IllegalArgumentException error(Line line, String reason) {
        return new IllegalArgumentException(resource + ":" + line.number() + ": " + reason);
    }
}
