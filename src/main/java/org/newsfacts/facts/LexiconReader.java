package org.newsfacts.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsfacts.model.ModelFile;

/**
 * Reads the lexicon files and refuses bad lines with {@code file:line: reason}: a repeated entry (a second
 * line would silently win or be ignored), a missing column, a trigger kind that does not exist.
 */
final class LexiconReader {
    private final Function<String, ModelFile> files;

    /** @param files the lexicon file of each name ({@code "hedges.txt"}), bundled or given as text by tests */
    LexiconReader(Function<String, ModelFile> files) {
        this.files = files;
    }

    /** One entry per line, as written. */
    Set<String> words(String name) {
        return Set.copyOf(entries(name, 1).keySet());
    }

    /** Two tab-separated columns, in file order; a value of "-" means "the key itself". */
    Map<String, String> map(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        entries(name, 2).forEach((key, cols) -> map.put(key, cols[1].equals("-") ? key : cols[1]));
        return map;
    }

    /** Two columns whose second is a constant of {@code kinds} ("appoint<TAB>APPOINT"); {@code label} names it in errors. */
    <E extends Enum<E>> Map<String, E> kinds(String name, Class<E> kinds, String label) {
        ModelFile file = files.apply(name);
        Map<String, E> map = new LinkedHashMap<>();
        entries(file, 2).forEach((key, line) -> {
            String kind = columns(file, line, 2)[1];
            try {
                map.put(key, Enum.valueOf(kinds, kind));
            } catch (IllegalArgumentException e) {
                throw file.error(line, "unknown " + label + " \"" + kind + "\" (one of " + Arrays.toString(kinds.getEnumConstants()) + ")");
            }
        });
        return map;
    }

    /** A key and a comma-separated list: "Artemis Accords<TAB>United States,NASA". */
    Map<String, List<String>> lists(String name) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        entries(name, 2).forEach((key, cols) -> map.put(key, List.of(cols[1].split("\\s*,\\s*"))));
        return map;
    }

    private Map<String, String[]> entries(String name, int columns) {
        ModelFile file = files.apply(name);
        Map<String, String[]> map = new LinkedHashMap<>();
        entries(file, columns).forEach((key, line) -> map.put(key, columns(file, line, columns)));
        return map;
    }

    /** The entry lines by key, refusing a key seen before. */
    private static Map<String, ModelFile.Line> entries(ModelFile file, int columns) {
        Map<String, ModelFile.Line> byKey = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (ModelFile.Line line : file.lines()) {
            String key = columns(file, line, columns)[0];
            Integer first = firstLine.putIfAbsent(key, line.number());
            if (first != null) {
                throw file.error(line, "duplicate entry \"" + key + "\" (first on line " + first + ")");
            }
            byKey.put(key, line);
        }
        return byKey;
    }

    private static String[] columns(ModelFile file, ModelFile.Line line, int expected) {
        String text = line.text().strip();
        String[] cols = expected == 1 ? new String[] {text} : text.split("\t");
        List<String> stripped = new ArrayList<>();
        for (String col : cols) {
            stripped.add(col.strip());
        }
        if (stripped.size() != expected || stripped.stream().anyMatch(String::isEmpty)) {
            throw file.error(line, expected == 1 ? "expected one entry" : "expected " + expected + " tab-separated columns");
        }
        return stripped.toArray(String[]::new);
    }
}
