package org.newsfacts.facts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicons of {@code models/lexicons}: domain knowledge the rules read (which verbs appoint,
 * which nouns name a post, which words hedge), kept out of code so it can grow without touching rules.
 */
public record Lexicons(
        Set<String> flightTriggers,
        Set<String> crewRoles,
        Set<String> nonFlyerCues,
        Set<String> astronautNouns,
        Map<String, String> nationalityAgency,
        Map<String, String> occupationAgency,
        Map<String, String> siteVehicle,
        Map<String, String> leadershipTriggers,
        Map<String, String> leadershipRoles,
        Set<String> roleModifiers,
        Set<String> hedges,
        Set<String> agreementTriggers,
        Set<String> agreementNouns,
        Map<String, String> countries,
        Set<String> launchVehicles) {

    private static final String DIR = "/models/lexicons/";

    /** The lexicons shipped in {@code models/lexicons}. */
    public static Lexicons bundled() {
        return new Lexicons(
                words("flight-triggers.txt"), words("crew-roles.txt"), words("non-flyer-cues.txt"),
                words("astronaut-nouns.txt"), map("nationality-agency.tsv"), map("occupation-agency.tsv"),
                map("site-vehicle.tsv"), map("leadership-triggers.tsv"), map("leadership-roles.tsv"),
                words("role-modifiers.txt"), words("hedges.txt"), words("agreement-triggers.txt"),
                words("agreement-nouns.txt"), map("countries.tsv"), words("launch-vehicles.txt"));
    }

    private static Set<String> words(String name) {
        return Set.copyOf(lines(name).keySet()); // as written: lemmas, or names for the name lists
    }

    /** Two-column map; a value of "-" means "the key itself". */
    private static Map<String, String> map(String name) {
        Map<String, String> map = new LinkedHashMap<>();
        lines(name).forEach((line, number) -> {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException(DIR + name + ":" + number + ": expected two tab-separated columns");
            }
            map.put(cols[0], cols[1].equals("-") ? cols[0] : cols[1]);
        });
        return map; // keeps file order: the files list longer phrases first where it matters
    }

    private static Map<String, Integer> lines(String name) {
        try (InputStream in = Lexicons.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + DIR + name + " is not on the classpath");
            }
            Map<String, Integer> lines = new LinkedHashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    lines.put(trimmed, number);
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + DIR + name, e);
        }
    }
}
