package org.newsfacts.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsfacts.model.ModelFile;

/** The named-flight patterns of {@code models/missions.tsv}, and the vehicle a mission name implies. */
public final class MissionCatalog {
    public static final String RESOURCE = "/models/missions.tsv";

    private final List<MissionPattern> patterns;

    public MissionCatalog(List<MissionPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static MissionCatalog bundled() {
        ModelFile file = ModelFile.read(RESOURCE);
        List<MissionPattern> patterns = new ArrayList<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().split("\t");
            if (cols.length != 3) {
                throw file.error(line, "expected regex, vehicle, canonical");
            }
            try {
                String vehicle = cols[1].equals("-") ? null : cols[1];
                patterns.add(new MissionPattern(Pattern.compile(cols[0]), vehicle, cols[2]));
            } catch (PatternSyntaxException e) {
                throw file.error(line, "bad regex: " + e.getDescription());
            }
        }
        return new MissionCatalog(patterns);
    }

    public List<MissionPattern> patterns() {
        return patterns;
    }

    /** The spacecraft a canonical mission name implies ("Crew-5" → "Crew Dragon"), if the catalog knows. */
    public Optional<String> vehicleOf(String mission) {
        for (MissionPattern p : patterns) {
            if (p.pattern().matcher(mission).matches() && p.vehicle() != null) {
                return Optional.of(p.vehicle());
            }
        }
        return Optional.empty();
    }
}
