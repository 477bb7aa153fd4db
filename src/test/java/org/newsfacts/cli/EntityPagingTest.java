package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.FLIGHT_ASSIGNMENT;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.json.Json;
import org.newsfacts.robust.Cli.Run;

/**
 * {@code entities NAME} shows the newest {@link EntitiesCommand#NEWEST} dated articles and merged facts and counts
 * the earlier and the undated ones; {@code --all} shows every one, and {@code --json} is the whole entity as before.
 */
class EntityPagingTest {
    @TempDir
    static Path dir;

    /** Vela Agency: 25 articles (the last two undated) and 24 flights (the last undated); Lyra 20, Cetus 21 articles. */
    @BeforeAll
    static void index() throws IOException {
        List<AnalysisBuilder> articles = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            AnalysisBuilder a = article(String.format("v%02d", i), i <= 23 ? String.format("2033-01-%02d", i) : null)
                    .agency("Vela Agency").person("Crew Member " + i);
            if (i <= 24) {
                a.fact(FLIGHT_ASSIGNMENT, i <= 23 ? String.format("2033-01-%02d", i) : null,
                        "person", "Crew Member " + i, "agency", "Vela Agency", "mission", "Vela-" + i);
            }
            articles.add(a);
        }
        for (int i = 1; i <= 21; i++) {
            articles.add(article(String.format("c%02d", i), String.format("2034-02-%02d", i)).agency("Cetus Agency"));
            if (i <= 20) {
                articles.add(article(String.format("l%02d", i), String.format("2034-03-%02d", i)).agency("Lyra Agency"));
            }
        }
        IndexedCli.index(dir.resolve("index"), articles);
    }

    private static Run run(String... args) {
        Run run = IndexedCli.run(dir.resolve("index"), args);
        assertEquals(ExitCodes.OK, run.code(), run.err());
        return run;
    }

    @Test
    void showsTheNewestDatedArticlesAndFactsAndCountsTheOthers() {
        List<String> shown = run("entities", "Vela Agency").out().lines().toList();
        List<String> every = run("entities", "Vela Agency", "--all").out().lines().toList();
        int articles = every.indexOf("articles (25)");
        int facts = every.indexOf("facts (24)");
        assertTrue(articles > 0 && facts == articles + 2 + 2 * 25, String.join("\n", every));
        List<String> expected = new ArrayList<>(every.subList(0, articles + 1));
        expected.add("  … 3 earlier articles (--all or --json for every one)");
        expected.addAll(every.subList(articles + 1 + 2 * 3, articles + 1 + 2 * 23)); // two lines an article
        expected.add("  … 2 more articles without a date (--all or --json for every one)");
        expected.addAll(every.subList(facts - 1, facts + 1));
        expected.add("  … 3 earlier facts (--all or --json for every one)");
        expected.addAll(every.subList(facts + 1 + 3, facts + 1 + 23));
        expected.add("  … 1 more fact without a known year (--all or --json for every one)");
        assertEquals(expected, shown);
        assertTrue(shown.get(articles + 2).startsWith("  2033-01-04  v04000000000"), shown.get(articles + 2));
        assertTrue(shown.get(shown.size() - 2).startsWith("  2033-01-23  FLIGHT_ASSIGNMENT  Crew Member 23"), shown.get(shown.size() - 2));
    }

    @Test
    void allListsEveryArticleAndFact() {
        List<String> every = run("entities", "Vela Agency", "--all").out().lines().toList();
        assertEquals(25, every.stream().filter(l -> l.matches("  \\S+\\s+v\\d\\d0{9}  Story .*")).count(), String.join("\n", every));
        assertEquals(24, every.stream().filter(l -> l.contains("FLIGHT_ASSIGNMENT")).count());
        assertTrue(every.stream().noneMatch(l -> l.contains("…")), "nothing left out");
    }

    @Test
    void twentyFitWithoutALineForTheRestAndTwentyOneLeaveOneOut() {
        String lyra = run("entities", "Lyra Agency").out();
        assertEquals(run("entities", "Lyra Agency", "--all").out(), lyra);
        assertFalse(lyra.contains("…"), lyra);
        List<String> cetus = run("entities", "Cetus Agency").out().lines().toList();
        int articles = cetus.indexOf("articles (21)");
        assertEquals("  … 1 earlier article (--all or --json for every one)", cetus.get(articles + 1));
        assertFalse(String.join("\n", cetus).contains("more article"), "every article is dated");
        assertTrue(cetus.get(articles + 2).startsWith("  2034-02-02  c02000000000"), cetus.get(articles + 2));
        assertEquals(articles + 2 + 2 * EntitiesCommand.NEWEST, cetus.indexOf("facts (0)") - 1, String.join("\n", cetus));
    }

    @Test
    void jsonStillHoldsTheWholeEntity() {
        String json = run("entities", "Vela Agency", "--json").out();
        assertEquals(json, run("entities", "Vela Agency", "--json", "--all").out());
        JsonNode body = Json.read(json, JsonNode.class);
        assertEquals(25, body.get("articles").size());
        assertEquals(24, body.get("facts").size());
        assertEquals("v01000000000", body.get("articles").get(0).get("id").asText());
    }

    @Test
    void allWithoutANameIsAUsageError() {
        Run run = IndexedCli.run(dir.resolve("index"), "entities", "--all");
        assertEquals(ExitCodes.USAGE, run.code());
        assertTrue(run.err().contains("--all"), run.err());
    }
}
