package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * {@link EventGroups} places a bucket's facts exactly as comparing each with every member of every group
 * does (the rule of {@link CorpusFactMerger}, kept here as the reference), on random buckets of invented
 * reports: missing and partial dates, dates of other years, missing and crossed sides, event names, wordings.
 */
class EventGroupsTest {
    private static final String[] DATES = {null, "2031", "2031-03", "2031-03-02", "2031-03-05", "XXXX-03-02",
        "2032", "2032-01-15", "2030-11", "PAST_REF", "2031-W10"};
    /**
     * Random buckets per fact type: 40 in the full run (CI), the first 6 of them in the quick loop
     * ({@code mvn test -P fast} sets {@code newsfacts.fastLoop}): still some 500 reports per type, with every
     * kind of date and side above, and reports merged in each type (asserted below).
     */
    private static final int SEEDS = Boolean.getBoolean("newsfacts.fastLoop") ? 6 : 40;
    private static final String[] PEOPLE = {"olga-varga", "ivan-lebed", "marta-kovac", "pavel-drozdov", "lena-sorensen"};

    @ParameterizedTest
    @ValueSource(strings = {"LEADERSHIP_CHANGE", "FLIGHT_ASSIGNMENT", "AGREEMENT", "ROLE"})
    void placesEveryFactAsComparingWithEveryMemberDoes(String type) {
        FactType factType = FactType.of(type);
        int merged = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            Random random = new Random(seed * 31 + type.hashCode());
            List<ResolvedFact> bucket = new ArrayList<>();
            for (int i = 0, n = 20 + random.nextInt(120); i < n; i++) {
                bucket.add(fact(factType, i, random));
            }
            EventGroups groups = new EventGroups(factType.schema());
            bucket.forEach(groups::place);
            List<List<ResolvedFact>> expected = everyMember(bucket);
            assertEquals(expected, groups.groups(), type + ", seed " + seed);
            merged += bucket.size() - expected.size();
        }
        assertTrue(merged > SEEDS * 5 / 2,
                "the random buckets merge reports (" + merged + "), so the comparison means something");
    }

    /** The rule before {@link EventGroups}: each fact is compared with every member of every group. */
    private static List<List<ResolvedFact>> everyMember(List<ResolvedFact> facts) {
        List<List<ResolvedFact>> groups = new ArrayList<>();
        for (ResolvedFact fact : facts) {
            List<List<ResolvedFact>> fits = groups.stream()
                    .filter(group -> group.stream().allMatch(member -> EventMatcher.sameEvent(member, fact))).toList();
            if (fits.size() == 1) {
                fits.get(0).add(fact);
            } else {
                groups.add(new ArrayList<>(List.of(fact)));
            }
        }
        return groups;
    }

    /** A random report of one bucket: the key entity is the same for all (that is what a bucket shares). */
    private static ResolvedFact fact(FactType type, int index, Random random) {
        Map<String, ResolvedFact.Value> values = new LinkedHashMap<>();
        Map<String, List<ResolvedFact.Value>> lists = new LinkedHashMap<>();
        switch (type.name()) {
            case "LEADERSHIP_CHANGE" -> {
                put(values, "organization", "orbita-agency");
                maybe(values, "role", random, "head", "director general");
                maybe(values, "incoming", random, PEOPLE);
                maybe(values, "outgoing", random, PEOPLE);
            }
            case "FLIGHT_ASSIGNMENT" -> {
                put(values, "person", "olga-varga");
                maybe(values, "mission", random, "lark-1", "lark-2");
                maybe(values, "vehicle", random, "skylark", "heron");
                Set<String> crew = new TreeSet<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    crew.add(PEOPLE[1 + random.nextInt(PEOPLE.length - 1)]);
                }
                lists.put("crewmates", crew.stream().map(k -> new ResolvedFact.Value(k, k)).toList());
            }
            case "AGREEMENT" -> {
                lists.put("parties", List.of(new ResolvedFact.Value("orbita-agency", "Orbita Agency"),
                        new ResolvedFact.Value("delta-works", "Delta Works")));
                maybe(values, "subject", random, "crew exchange", "seat swap");
            }
            case "ROLE" -> {
                put(values, "person", "olga-varga");
                maybe(values, "title", random, "chief engineer", "flight director");
                maybe(values, "organization", random, "orbita-agency", "delta-works");
            }
            default -> throw new IllegalStateException("a new fact type needs its random reports here");
        }
        String date = DATES[random.nextInt(DATES.length)];
        String article = String.format("a%04d", index);
        Fact fact = new Fact("f" + index, type, article, Map.of(), date, null, 1.0);
        return new ResolvedFact(fact, new ArticleRecord(article, article + ".txt", null, null, "en", null, 0),
                values, lists, Set.of(), 0);
    }

    private static void put(Map<String, ResolvedFact.Value> values, String slot, String key) {
        values.put(slot, new ResolvedFact.Value(key, key));
    }

    /** The slot with one of {@code keys}, or (one time in four) absent. */
    private static void maybe(Map<String, ResolvedFact.Value> values, String slot, Random random, String... keys) {
        if (random.nextInt(4) > 0) {
            put(values, slot, keys[random.nextInt(keys.length)]);
        }
    }
}
