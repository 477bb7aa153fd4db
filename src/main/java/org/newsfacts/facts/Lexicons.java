package org.newsfacts.facts;

import java.util.LinkedHashMap;
import org.newsfacts.entities.ModelFile;
import java.util.Map;
import java.util.Set;

/**
 * The trigger lexicons of {@code models/lexicons}: domain knowledge the rules read (which verbs appoint,
 * which nouns name a post, which words hedge), kept out of code so it can grow without touching rules.
 */
public record Lexicons(
        Set<String> flightTriggers,
        Set<String> crewRoles,
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
                words("flight-triggers.txt"), words("crew-roles.txt"),
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

    /** Entry lines of a lexicon, in file order, with their line numbers. */
    private static Map<String, Integer> lines(String name) {
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (ModelFile.Line line : ModelFile.read(DIR + name).lines()) {
            lines.put(line.text().strip(), line.number());
        }
        return lines;
    }
}
