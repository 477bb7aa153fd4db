package org.newsfacts.entities;

import java.util.HashSet;
import java.util.Set;
import org.newsfacts.model.ModelFile;

/**
 * Names that are none of our entity types though generic NER tags them (documents, programmes), from
 * {@code models/lexicons/not-entities.tsv}.
 */
final class NonEntities {
    static final String RESOURCE = "/models/lexicons/not-entities.tsv";
    private static final NonEntities BUNDLED = parse(ModelFile.read(RESOURCE));

    private final Set<String> lastWords;
    private final Set<String> names;

    private NonEntities(Set<String> lastWords, Set<String> names) {
        this.lastWords = Set.copyOf(lastWords);
        this.names = Set.copyOf(names);
    }

    static NonEntities bundled() {
        return BUNDLED;
    }

    static NonEntities parse(ModelFile file) {
        Set<String> lastWords = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().split("\t");
            if (cols.length != 2) {
                throw file.error(line, "expected kind<TAB>text");
            }
            Set<String> target = switch (cols[0]) {
                case "last-word" -> lastWords;
                case "name" -> names;
                default -> throw file.error(line, "unknown kind '" + cols[0] + "' (last-word or name)");
            };
            if (!target.add(cols[1].strip())) {
                throw file.error(line, "duplicate entry '" + cols[1].strip() + "'");
            }
        }
        return new NonEntities(lastWords, names);
    }

    /** Whether a name generic NER proposed is a document or programme rather than an entity. */
    boolean contains(String name) {
        return names.contains(name) || lastWords.contains(name.substring(name.lastIndexOf(' ') + 1));
    }
}
