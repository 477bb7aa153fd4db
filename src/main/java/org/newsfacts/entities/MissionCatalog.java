package org.newsfacts.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The named-flight patterns of {@code models/missions.tsv}, and the vehicle a mission name implies. */
public final class MissionCatalog {
    public static final String RESOURCE = "/models/missions.tsv";

    private final List<MissionPattern> patterns;

    public MissionCatalog(List<MissionPattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    public static MissionCatalog bundled() {
        try (InputStream in = MissionCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("mission patterns " + RESOURCE + " are not on the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<MissionPattern> patterns = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalArgumentException(RESOURCE + ":" + number + ": expected regex, vehicle, canonical");
                }
                try {
                    String vehicle = cols[1].equals("-") ? null : cols[1];
                    patterns.add(new MissionPattern(Pattern.compile(cols[0]), vehicle, cols[2]));
                } catch (PatternSyntaxException e) {
                    throw new IllegalArgumentException(RESOURCE + ":" + number + ": bad regex: " + e.getDescription());
                }
            }
            return new MissionCatalog(patterns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
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
