package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsfacts.model.ModelFile;

/**
 * The rocket and spacecraft families of {@code models/spacecraft-patterns.tsv}: written variants of one family
 * ("Long March 2F", "Long March-2F", "CZ-2F") found by pattern, named by the gazetteer when it knows the
 * family, so that the fact rules see one launch vehicle.
 */
public final class SpacecraftPatterns {
    public static final String RESOURCE = "/models/spacecraft-patterns.tsv";

    /** One family: how it is written and how to name a match ($1... are the expression's groups). */
    record Family(Pattern pattern, String canonicalTemplate) {
        String canonical(Matcher match) {
            String expanded = canonicalTemplate;
            for (int g = match.groupCount(); g >= 1; g--) {
                expanded = expanded.replace("$" + g, match.group(g) == null ? "" : match.group(g));
            }
            return expanded;
        }
    }

    private final List<Family> families;

    SpacecraftPatterns(List<Family> families) {
        this.families = List.copyOf(families);
    }

    public static SpacecraftPatterns bundled() {
        return parse(ModelFile.read(RESOURCE));
    }

    static SpacecraftPatterns parse(ModelFile file) {
        List<Family> families = new ArrayList<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().split("\t");
            if (cols.length != 2) {
                throw file.error(line, "expected regex, canonical");
            }
            try {
                families.add(new Family(Pattern.compile(cols[0]), cols[1]));
            } catch (PatternSyntaxException e) {
                throw file.error(line, "bad regex: " + e.getDescription());
            }
        }
        return new SpacecraftPatterns(families);
    }

    List<Family> families() {
        return families;
    }
}
