package org.newsfacts.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsfacts.entities.EntityResolver;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.ModelFile;

/**
 * Hand-built analyses of invented articles, for corpus tests without models: entities and facts as
 * the pipeline would store them. Every name is fictional.
 */
public final class AnalysisBuilder {
    /** A gazetteer with one invented agency and two of its spellings. */
    public static final Gazetteer GAZETTEER = gazetteer(
            "AGENCY\tOrbita Agency\tQ4242424242\tOrbita|Orbitagentstvo\n"
            + "SPACECRAFT\tSkylark\t-\tSkylark capsule\n");

    private final String id;
    private String path;
    private final String title;
    private final String date;
    private final List<Entity> entities = new ArrayList<>();
    private final List<Fact> facts = new ArrayList<>();

    private AnalysisBuilder(String id, String date) {
        this.id = id;
        this.path = "news/" + id + ".txt";
        this.title = "Story " + id;
        this.date = date;
    }

    /** An article with this 12-character id (padded) and date (YYYY-MM-DD, or null). */
    public static AnalysisBuilder article(String id, String date) {
        return new AnalysisBuilder((id + "000000000000").substring(0, 12), date);
    }

    public String id() {
        return id;
    }

    public String path() {
        return path;
    }

    /** Read from this path instead of {@code news/<id>.txt}: a changed file keeps its path, not its id. */
    public AnalysisBuilder at(String articlePath) {
        this.path = articlePath;
        return this;
    }

    public AnalysisBuilder entity(EntityType type, String name, int mentions, String... aliases) {
        entities.add(new Entity(EntityResolver.entityId(type, name), type, name, List.of(aliases), null, mentions));
        return this;
    }

    public AnalysisBuilder person(String name, String... aliases) {
        return entity(EntityType.PERSON, name, 1 + aliases.length, aliases);
    }

    public AnalysisBuilder agency(String name, String... aliases) {
        return entity(EntityType.AGENCY, name, 1 + aliases.length, aliases);
    }

    /** A fact with slots given as name, value pairs; its evidence is an invented sentence. */
    public AnalysisBuilder fact(FactType type, String factDate, Object... slots) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i += 2) {
            args.put((String) slots[i], slots[i + 1]);
        }
        int n = facts.size();
        String sentence = "Sentence " + n + " of " + id + " about " + args.values() + ".";
        facts.add(new Fact("f-" + id + "-" + n, type, id, args, factDate, new Evidence(sentence, n * 100, n * 100 + sentence.length()), 0.8));
        return this;
    }

    public Analysis build() {
        return new Analysis(new ArticleRecord(id, path, title, date, "en", "0".repeat(64), 50), entities, facts);
    }

    /** The text indexed with the analysis. */
    public String text() {
        return "Text of " + id + ".";
    }

    private static Gazetteer gazetteer(String tsv) {
        return Gazetteer.parse(ModelFile.of("test gazetteer", tsv));
    }
}
