package org.newsfacts.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.ModelFile;

/**
 * The domain gazetteer ({@code models/gazetteer.tsv}): agencies, companies, spaceports, spacecraft and
 * stations with their spelling variants. Surface forms are matched exactly (case-sensitive) because
 * news capitalises names; the case-insensitive index only serves lookups of user input such as
 * {@code --entity roskosmos}.
 */
public final class Gazetteer {
    /** Compiled once: folding runs for every name looked up. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    public static final String RESOURCE = "/models/gazetteer.tsv";

    private final List<GazetteerEntry> entries;
    private final Map<String, GazetteerEntry> bySurface = new HashMap<>();
    private final Map<String, GazetteerEntry> byFolded = new HashMap<>();
    /** Surface forms grouped by their first character, longest first, for the tagger's scan. */
    private final Map<Character, List<String>> surfacesByFirstChar = new HashMap<>();

    public Gazetteer(List<GazetteerEntry> entries) {
        this.entries = List.copyOf(entries);
        for (GazetteerEntry entry : this.entries) {
            Set<String> forms = new LinkedHashSet<>();
            forms.add(entry.canonical());
            forms.addAll(entry.aliases());
            for (String written : forms) {
                for (String form : SpellingVariants.bundled().variants(written)) {
                    if (bySurface.putIfAbsent(form, entry) == null) {
                        surfacesByFirstChar.computeIfAbsent(form.charAt(0), c -> new ArrayList<>()).add(form);
                    }
                    byFolded.putIfAbsent(fold(form), entry);
                }
            }
        }
        surfacesByFirstChar.values().forEach(list -> list.sort(Comparator.comparingInt(String::length).reversed()));
    }

    /** The gazetteer shipped in {@code models/}. */
    public static Gazetteer bundled() {
        return parse(ModelFile.read(RESOURCE));
    }

    /** Parses the TSV format: {@code type canonical wikidata-or-dash aliases|separated|by|bars}. */
    public static Gazetteer parse(ModelFile file) {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (ModelFile.Line line : file.lines()) {
            String[] cols = line.text().split("\t", -1);
            if (cols.length < 3) {
                throw file.error(line, "expected type, canonical, wikidata, aliases");
            }
            EntityType type;
            try {
                type = EntityType.valueOf(cols[0].trim());
            } catch (IllegalArgumentException e) {
                throw file.error(line, "unknown entity type '" + cols[0] + "'");
            }
            String wikidata = cols[2].trim();
            List<String> aliases = new ArrayList<>();
            if (cols.length > 3) {
                for (String alias : cols[3].split("\\|")) {
                    if (!alias.isBlank()) {
                        aliases.add(alias.trim());
                    }
                }
            }
            entries.add(new GazetteerEntry(type, cols[1].trim(), wikidata.isEmpty() || wikidata.equals("-") ? null : wikidata, aliases));
        }
        return new Gazetteer(entries);
    }

    public List<GazetteerEntry> entries() {
        return entries;
    }

    /** The entry for an exact surface form as written in text. */
    public Optional<GazetteerEntry> exact(String surface) {
        return Optional.ofNullable(bySurface.get(surface));
    }

    /** The entry for a name typed by a user, ignoring case and accents. */
    public Optional<GazetteerEntry> lookup(String name) {
        return Optional.ofNullable(byFolded.get(fold(name)));
    }

    /** Surface forms starting with {@code first}, longest first. */
    List<String> surfacesStartingWith(char first) {
        return surfacesByFirstChar.getOrDefault(first, List.of());
    }

    /**
     * A name as compared with user input: accents and case dropped, white space collapsed, a leading "the"
     * dropped and British spellings made American ("the Guiana Space Centre" = "Guiana Space Center").
     */
    public static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        return SpellingVariants.bundled().fold(SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")
                .toLowerCase(Locale.ROOT)).replaceAll(" ").trim());
    }
}
