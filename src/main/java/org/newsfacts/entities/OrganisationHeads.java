package org.newsfacts.entities;

import java.util.HashSet;
import java.util.Set;
import org.newsfacts.model.ModelFile;

/** The head nouns of organisation names ({@code models/lexicons/organisation-heads.txt}). */
final class OrganisationHeads {
    static final String RESOURCE = "/models/lexicons/organisation-heads.txt";
    private static final OrganisationHeads BUNDLED = parse(ModelFile.read(RESOURCE));

    private final Set<String> heads;

    private OrganisationHeads(Set<String> heads) {
        this.heads = Set.copyOf(heads);
    }

    static OrganisationHeads bundled() {
        return BUNDLED;
    }

    static OrganisationHeads parse(ModelFile file) {
        Set<String> heads = new HashSet<>();
        for (ModelFile.Line line : file.lines()) {
            if (!heads.add(line.text().strip())) {
                throw file.error(line, "duplicate entry '" + line.text().strip() + "'");
            }
        }
        return new OrganisationHeads(heads);
    }

    boolean contains(String word) {
        return heads.contains(word);
    }
}
