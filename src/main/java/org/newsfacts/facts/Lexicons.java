package org.newsfacts.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfacts.model.ModelFile;

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
        Map<String, ModifierKind> roleModifierKinds,
        Set<String> hedges,
        Set<String> agreementTriggers,
        Set<String> agreementNouns,
        Map<String, List<String>> namedAgreements,
        Map<String, String> countries,
        Map<String, String> demonyms,
        Set<String> governingBodies,
        Set<String> postNouns,
        Set<String> launchVehicles) {

    private static final String DIR = "/models/lexicons/";
    private static final String TRIGGER = "trigger kind";

    /** The words that may precede a post and belong to it ("acting", "deputy"), of either kind. */
    public Set<String> roleModifiers() {
        return roleModifierKinds.keySet();
    }

    /** The words that mark a post held for the time being ("acting", "interim", "caretaker"). */
    public Set<String> temporaryModifiers() {
        return roleModifierKinds.entrySet().stream().filter(e -> e.getValue() == ModifierKind.TEMPORARY)
                .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
    }

    /** The lexicons shipped in {@code models/lexicons}. */
    public static Lexicons bundled() {
        return read(name -> ModelFile.read(DIR + name));
    }

    /**
     * The lemmas that make a sentence worth a dependency parse: trigger words of the rules that read the graph
     * (leadership, agreements, roles) and the head words of their arguments (posts, agreement nouns). The flight
     * rules read tokens only, so flying words select nothing. A multi-word post counts by its last word ("chief
     * executive officer" by "officer").
     */
    public Set<String> parseLemmas() {
        Set<String> lemmas = new HashSet<>();
        lemmas.addAll(leadershipTriggers.keySet());
        lemmas.addAll(leadershipNominals.keySet());
        lemmas.addAll(roleHeads());
        lemmas.addAll(agreementTriggers);
        lemmas.addAll(agreementNouns);
        return Set.copyOf(lemmas);
    }

    /** The last word of each post ("officer" of "chief executive officer"): the noun a post is named by. */
    public Set<String> roleHeads() {
        return leadershipRoles.keySet().stream().map(role -> role.substring(role.lastIndexOf(' ') + 1))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The word sets pattern files may name as {@code @set}: {@code role-heads} (the last word of each post),
     * {@code <kind>-verbs} for each leadership trigger kind ({@code appoint-verbs}, {@code depart-verbs}, ...),
     * {@code <kind>-nouns} likewise for the nominals ({@code appoint-nouns}), {@code leadership-nouns}, {@code agreement-verbs}, {@code agreement-nouns}, {@code hedges}.
     */
    public Map<String, Set<String>> patternVocabulary() {
        Map<String, Set<String>> sets = new HashMap<>();
        sets.put("role-heads", roleHeads());
        for (TriggerKind kind : TriggerKind.values()) {
            sets.put(kind.name().toLowerCase(Locale.ROOT) + "-verbs", leadershipTriggers.entrySet().stream()
                    .filter(e -> e.getValue() == kind).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()));
            sets.put(kind.name().toLowerCase(Locale.ROOT) + "-nouns", leadershipNominals.entrySet().stream()
                    .filter(e -> e.getValue() == kind).map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet()));
        }
        sets.put("leadership-nouns", leadershipNominals.keySet());
        sets.put("agreement-verbs", agreementTriggers);
        sets.put("agreement-nouns", agreementNouns);
        sets.put("hedges", hedges);
        return Map.copyOf(sets);
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
                r.map("site-vehicle.tsv"), r.kinds("leadership-triggers.tsv", TriggerKind.class, TRIGGER),
                r.kinds("leadership-nominals.tsv", TriggerKind.class, TRIGGER),
                r.map("leadership-roles.tsv"), r.kinds("role-modifiers.tsv", ModifierKind.class, "modifier kind"), r.words("hedges.txt"),
                r.words("agreement-triggers.txt"), r.words("agreement-nouns.txt"), r.lists("named-agreements.tsv"),
                r.map("countries.tsv"), r.map("demonyms.tsv"), r.words("governing-bodies.txt"),
                r.words("post-nouns.txt"), r.words("launch-vehicles.txt"));
    }
}
