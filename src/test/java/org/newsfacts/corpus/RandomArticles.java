package org.newsfacts.corpus;

import static org.newsfacts.corpus.AnalysisBuilder.article;

import java.util.List;
import java.util.Random;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;

/**
 * Invented articles drawn from small pools of names, so that the corpus merging rules meet every case
 * (gazetteer spellings, a two-word name and its longer form, lone surnames, shared crewmates, conflicting
 * heads, undated and partial dates). Same seed, same articles. Every name is fictional.
 */
final class RandomArticles {
    private static final String[] PEOPLE = {"Olga Varga", "Olga Maria Varga", "Varga", "Ivan Lebed", "Lebed",
        "Marta Kovac", "Pavel Drozdov", "Pavel Ivo Drozdov", "Pavel Ana Drozdov", "Lena Sorensen", "Stéphane Rivaud",
        "Stephane Rivaud", "Nadia Osei"};
    private static final String[] BODIES = {"Orbita Agency", "Orbita", "Orbitagentstvo", "Delta Works", "Kestrel Institute"};
    private static final String[] DATES = {"2031-03-02", "2031-03", "XXXX-03-02", "2031", "2032-01-15", null};
    private static final String[] CRAFT = {"Skylark", "Skylark capsule", "Heron"};

    private final Random random;
    private int next;

    RandomArticles(long seed) {
        this.random = new Random(seed);
    }

    /** The next article, under {@code path}; its id is fresh, so re-using a path is a changed file. */
    AnalysisBuilder next(String path) {
        String date = random.nextInt(5) == 0 ? null : "2031-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        AnalysisBuilder a = article(String.format("r%05d", next++), date).at(path);
        List<String> people = List.of(pick(PEOPLE), pick(PEOPLE), pick(PEOPLE));
        people.stream().distinct().forEach(p -> a.entity(EntityType.PERSON, p, 1 + random.nextInt(3),
                p.contains(" ") ? new String[] {p.substring(p.lastIndexOf(' ') + 1)} : new String[0]));
        String body = pick(BODIES);
        a.entity(random.nextInt(4) == 0 ? EntityType.ORGANIZATION : EntityType.AGENCY, body, 1 + random.nextInt(4));
        String craft = pick(CRAFT);
        a.entity(EntityType.SPACECRAFT, craft, 1);
        if (random.nextInt(6) == 0) {
            a.entity(EntityType.PLACE, "Varga", 1); // a place sharing a surname
        }
        for (int i = 0, n = random.nextInt(3); i < n; i++) {
            switch (FactType.values().get(random.nextInt(FactType.values().size())).name()) {
                case "FLIGHT_ASSIGNMENT" -> a.fact(FactType.FLIGHT_ASSIGNMENT, pick(DATES), "person", people.get(0),
                        "vehicle", craft, "mission", "Lark-" + (1 + random.nextInt(2)),
                        "crewmates", List.of(people.get(1), people.get(2)));
                case "LEADERSHIP_CHANGE" -> a.fact(FactType.LEADERSHIP_CHANGE, pick(DATES), "organization", body,
                        "role", random.nextBoolean() ? "head" : "director general", "incoming", people.get(0),
                        "outgoing", people.get(1));
                case "AGREEMENT" -> a.fact(FactType.AGREEMENT, pick(DATES), "parties", List.of(body, pick(BODIES)),
                        "subject", random.nextBoolean() ? "crew exchange" : "seat swap");
                case "ROLE" -> a.fact(FactType.ROLE, pick(DATES), "person", people.get(0), "title", "chief engineer",
                        "organization", body, "former", random.nextBoolean());
                default -> throw new IllegalStateException("a new fact type needs its random facts here");
            }
        }
        return a;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
