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
 * Reads an entity gold file (JSON Lines: {@code article}, {@code type}, {@code name}, {@code forms}). A bad
 * line fails the whole read with {@code file:line}, as {@link GoldReader} does for facts.
 */
public final class EntityGoldReader {
    private EntityGoldReader() {
    }

    /** All gold entities in file order, which is the order matching tries them in. */
    public static List<GoldEntity> read(Path goldJsonl) throws IOException {
        List<GoldEntity> gold = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader in = Files.newBufferedReader(goldJsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                if (!line.codePoints().allMatch(PythonValues::isSpace)) {
                    gold.add(parse(line, goldJsonl + ":" + lineNo));
                }
            }
        } catch (CharacterCodingException e) {
            throw new IOException(goldJsonl + ":" + (lineNo + 1) + ": not UTF-8", e);
        }
        return gold;
    }

    private static GoldEntity parse(String line, String where) throws IOException {
        Object value;
        try {
            value = Json.untypedLineReader().readValue(line);
        } catch (JsonProcessingException e) {
            throw new IOException(where + ": not JSON: " + e.getOriginalMessage());
        }
        if (!(value instanceof Map<?, ?> obj)) {
            throw new IOException(where + ": expected a JSON object");
        }
        for (String field : List.of("article", "type", "name")) {
            if (!(obj.get(field) instanceof String)) {
                throw new IOException(where + ": \"" + field + "\" must be a string");
            }
        }
        Object forms = obj.get("forms");
        if (forms != null && !(forms instanceof List)) {
            throw new IOException(where + ": \"forms\" must be a list");
        }
        List<String> formList = new ArrayList<>();
        if (forms != null) {
            ((List<?>) forms).forEach(f -> formList.add(PythonValues.str(f)));
        }
        return new GoldEntity((String) obj.get("article"), (String) obj.get("type"), (String) obj.get("name"), formList);
    }
}
