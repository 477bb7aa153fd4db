package org.newsfacts.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfacts.model.Entity;
import org.newsfacts.model.ResolvedArticle;

/**
 * The full name an article gives an organisation it also calls by a short form: initials ("FCB" for
 * "Freedonia Central Bank", "BOF" for "Bank of Freedonia") or its leading words ("Northfield" for "Northfield
 * Athletic Football Club"). Names the gazetteer knows (they carry a Wikidata id) keep their canonical form.
 */
final class OrganizationNames {
    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "de");
    private final Map<String, String> full = new HashMap<>();

    private OrganizationNames() {
    }

    static OrganizationNames of(ResolvedArticle article) {
        OrganizationNames names = new OrganizationNames();
        List<Entity> organizations = article.entities().stream().filter(e -> e.type().isOrganization()).toList();
        for (Entity shortForm : organizations) {
            if (shortForm.wikidata() != null) {
                continue;
            }
            for (Entity fullForm : organizations) {
                String s = shortForm.name();
                String f = fullForm.name();
                boolean longer = f.length() > s.length() && f.length() > names.full(s).length();
                if (longer && (initials(f, true).equals(s) || initials(f, false).equals(s) || f.startsWith(s + " "))) {
                    names.full.put(s, f);
                }
            }
        }
        return names;
    }

    /** The article's full name for {@code name}, or {@code name} itself. */
    String full(String name) {
        return full.getOrDefault(name, name);
    }

    private static String initials(String name, boolean withFunctionWords) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && (withFunctionWords || !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT)))) {
                letters.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return letters.length() > 1 ? letters.toString() : "";
    }
}
