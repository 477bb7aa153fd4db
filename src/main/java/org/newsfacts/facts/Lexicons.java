package org.newsfacts.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsfacts.entities.ModelFile;

/**
 * The trigger lexicons of {@code models/lexicons}: domain knowledge the rules read (which verbs appoint,
 * which nouns name a post, which words hedge), kept out of code so it can grow without touching rules.
 * Each file is validated as it loads (see {@link LexiconReader}).
 */
public record Lexicons(
        Set<String> flightTriggers,
        Set<String> crewRoles,
        Set<String> astronautNouns,
        Map<String, String> nationalityAgency,
        Map<String, String> occupationAgency,
        Map<String, String> siteVehicle,
        Map<String, TriggerKind> leadershipTriggers,
        Map<String, TriggerKind> leadershipNominals,
        Map<String, String> leadershipRoles,
        Set<String> roleModifiers,
        Set<String> hedges,
        Set<String> agreementTriggers,
        Set<String> agreementNouns,
        Map<String, List<String>> namedAgreements,
        Map<String, String> countries,
        Set<String> launchVehicles) {

    private static final String DIR = "/models/lexicons/";

    /** The lexicons shipped in {@code models/lexicons}. */
    public static Lexicons bundled() {
        return read(name -> ModelFile.read(DIR + name));
    }

    /**
     * The lexicons read from {@code files} (by file name, e.g. {@code "hedges.txt"}), validated line by line.
     *
     * @throws IllegalArgumentException naming {@code file:line} for a repeated entry, a missing column or an unknown kind
     */
    static Lexicons read(Function<String, ModelFile> files) {
        LexiconReader r = new LexiconReader(files);
        return new Lexicons(
                r.words("flight-triggers.txt"), r.words("crew-roles.txt"),
                r.words("astronaut-nouns.txt"), r.map("nationality-agency.tsv"), r.map("occupation-agency.tsv"),
                r.map("site-vehicle.tsv"), r.kinds("leadership-triggers.tsv"), r.kinds("leadership-nominals.tsv"),
                r.map("leadership-roles.tsv"), r.words("role-modifiers.txt"), r.words("hedges.txt"),
                r.words("agreement-triggers.txt"), r.words("agreement-nouns.txt"), r.lists("named-agreements.tsv"),
                r.map("countries.tsv"), r.words("launch-vehicles.txt"));
    }
}
