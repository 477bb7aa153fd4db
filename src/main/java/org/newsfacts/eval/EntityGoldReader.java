package org.newsfacts.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an entity gold file (JSON Lines: {@code article}, {@code type}, {@code name}, {@code forms}). A bad
 * line fails the whole read with {@code file:line}, as {@link GoldReader} does for facts.
 */
public final class EntityGoldReader {
    private EntityGoldReader() {
    }

    /** All gold entities in file order, which is the order matching tries them in. */
    public static List<GoldEntity> read(Path goldJsonl) throws IOException {
        return GoldLines.read(goldJsonl, EntityGoldReader::parse);
    }

    private static GoldEntity parse(Map<?, ?> obj, String where) throws IOException {
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
