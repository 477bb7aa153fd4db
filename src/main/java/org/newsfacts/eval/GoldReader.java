package org.newsfacts.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads a gold file (JSON Lines, one {@link GoldFact} a line; blank lines skipped). A line that is not a
 * JSON object with string {@code article} and {@code type} fails the whole read with {@code file:line}:
 * scoring against half a gold file would report numbers that look valid and are not.
 */
public final class GoldReader {
    private GoldReader() {
    }

    /** All gold lines in file order, which is the order matching tries them in. */
    public static List<GoldFact> read(Path goldJsonl) throws IOException {
        return GoldLines.read(goldJsonl, GoldReader::parse);
    }

    private static GoldFact parse(Map<?, ?> obj, String where) throws IOException {
        String article = text(obj, "article", where, true);
        String type = text(obj, "type", where, true);
        String date = text(obj, "date", where, false);
        Object args = obj.get("args");
        if (args != null && !(args instanceof Map)) {
            throw new IOException(where + ": \"args\" must be an object");
        }
        // The scorer reads alt as (alt or {}): any false-ish value means no alternatives.
        Object alt = PythonValues.truthy(obj.get("alt")) ? obj.get("alt") : null;
        if (alt != null && !(alt instanceof Map)) {
            throw new IOException(where + ": \"alt\" must be an object");
        }
        return new GoldFact(article, type, stringKeyed(args), date, stringKeyed(alt));
    }

    private static String text(Map<?, ?> obj, String field, String where, boolean required) throws IOException {
        Object v = obj.get(field);
        if (v == null && !required) {
            return null;
        }
        if (!(v instanceof String s)) {
            throw new IOException(where + ": \"" + field + "\" must be a string" + (required ? "" : " or null"));
        }
        return s;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stringKeyed(Object jsonObject) {
        return (Map<String, Object>) jsonObject; // JSON object keys are always strings
    }
}
