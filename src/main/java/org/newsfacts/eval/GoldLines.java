package org.newsfacts.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsfacts.json.Json;

/**
 * The JSON Lines reading shared by the fact and entity gold readers: blank lines skipped, each other line a
 * JSON object handed to a parser with its {@code file:line}, and any bad line failing the whole read, since
 * scoring against half a gold file would report numbers that look valid and are not.
 */
final class GoldLines {
    /** Turns one gold object into a record; {@code where} is the {@code file:line} for its messages. */
    @FunctionalInterface
    interface ObjectParser<T> {
        T parse(Map<?, ?> object, String where) throws IOException;
    }

    private GoldLines() {
    }

    /** All records in file order, which is the order matching tries them in. */
    static <T> List<T> read(Path goldJsonl, ObjectParser<T> parser) throws IOException {
        List<T> gold = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!line.codePoints().allMatch(PythonValues::isSpace)) {
                    String where = goldJsonl + ":" + lineNo;
                    gold.add(parser.parse(object(line, where), where));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(goldJsonl + ":" + (lineNo + 1) + ": not UTF-8", e);
        }
        return gold;
    }

    private static Map<?, ?> object(String line, String where) throws IOException {
        Object value;
        try {
            value = Json.untypedLineReader().readValue(line);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not JSON: " + e.getOriginalMessage());
        }
        if (!(value instanceof Map<?, ?> obj)) {
            throw new IOException(where + ": expected a JSON object");
        }
        return obj;
    }
}
