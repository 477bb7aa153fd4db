package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class FactScorerTest {
    private static final FactScorer HEADLINE = new FactScorer(FactScorer.HEADLINE_TYPES);

    private static ArticleRecord article(String id, String path) {
        return new ArticleRecord(id, path, null, null, "en", "0", 10);
    }

    private static Fact flight(String articleId, String person) {
        return new Fact(null, FactType.FLIGHT_ASSIGNMENT, articleId, Map.of("person", person), null,
                new Evidence(person + " will fly.", 0, 10), 0.9);
    }

    private static GoldFact goldFlight(String article, String person, Map<String, Object> alt) {
        return new GoldFact(article, "FLIGHT_ASSIGNMENT", Map.of("person", person), null, alt);
    }

    @Test
    void noFactsArticleTurnsPredictionsSpurious() {
        List<GoldFact> gold = List.of(new GoldFact("quiet.txt", "NO_FACTS", Map.of(), null, Map.of()));
        EvalReport r = HEADLINE.score(gold, List.of(article("q", "in/quiet.txt")), List.of(flight("q", "Ann Lee")));
        assertEquals(new TypeScore("overall", 0, 1, 0), r.overall());
        assertEquals(List.of(new Spurious("quiet.txt", "FLIGHT_ASSIGNMENT", Map.of("person", "Ann Lee"), null,
                "Ann Lee will fly.")), r.spurious());
        assertEquals(1, r.slotPredicted());
        assertEquals(0.0, r.overall().f1());
    }

    @Test
    void articlesWithoutGoldLinesAreIgnored() {
        List<GoldFact> gold = List.of(goldFlight("x.txt", "Ann Lee", Map.of()));
        List<ArticleRecord> articles = List.of(article("x", "x.txt"), article("y", "y.txt"));
        EvalReport r = HEADLINE.score(gold, articles, List.of(flight("x", "Ann Lee"), flight("y", "Bob Roy")));
        assertEquals(new TypeScore("overall", 1, 1, 1), r.overall());
        assertEquals(List.of(), r.spurious());
    }

    @Test
    void greedyFirstMatchIsOneToOneInGivenOrder() {
        // gold 1 takes the first prediction through its alternative, leaving gold 2 unmatched
        List<GoldFact> gold = List.of(goldFlight("x.txt", "Ann Lee", Map.of("person", List.of("Lee Ann"))),
                goldFlight("x.txt", "Lee Ann", Map.of()), goldFlight("x.txt", "Cy Dee", Map.of()),
                goldFlight("x.txt", "Cy Dee", Map.of()));
        List<Fact> predicted = List.of(flight("x", "Lee Ann"), flight("x", "Ann Lee"), flight("x", "Cy Dee"));
        EvalReport r = HEADLINE.score(gold, List.of(article("x", "x.txt")), predicted);
        assertEquals(new TypeScore("FLIGHT_ASSIGNMENT", 4, 3, 2), r.perType().get(0));
        assertEquals(List.of("Lee Ann", "Cy Dee"), r.misses().stream().map(m -> m.args().get("person")).toList());
        assertEquals(List.of("Ann Lee"), r.spurious().stream().map(s -> s.args().get("person")).toList());
    }

    @Test
    void keysArticlesByFileNameOfThePath() {
        List<GoldFact> gold = List.of(goldFlight("a.txt", "Ann Lee", Map.of()),
                goldFlight("feed.jsonl#3", "Bob Roy", Map.of()), goldFlight("raw-id", "Cy Dee", Map.of()),
                goldFlight("gone.txt", "Di Eve", Map.of()));
        List<ArticleRecord> articles = List.of(article("1", "C:\\news\\a.txt"), article("2", "dir/feed.jsonl#3"));
        List<Fact> predicted = List.of(flight("1", "Ann Lee"), flight("2", "Bob Roy"), flight("raw-id", "Cy Dee"));
        EvalReport r = HEADLINE.score(gold, articles, predicted);
        assertEquals(new TypeScore("overall", 4, 3, 3), r.overall());
        assertEquals(2, r.articlesWithoutExport()); // raw-id and gone.txt name no exported article
        assertEquals("x.jsonl#3", FactScorer.fileName("dir/x.jsonl#3"));
    }

    @Test
    void slotCountsIncludeDatesOfMatchedMissedAndExtraFacts() {
        List<GoldFact> gold = List.of(
                new GoldFact("x.txt", "FLIGHT_ASSIGNMENT", Map.of("person", "Ann Lee", "vehicle", "Soyuz"), "2022-09",
                        Map.of()),
                new GoldFact("x.txt", "FLIGHT_ASSIGNMENT", Map.of("person", "Bob Roy"), "2022-09", Map.of()));
        List<Fact> predicted = List.of(
                new Fact(null, FactType.FLIGHT_ASSIGNMENT, "x", Map.of("person", "Ann Lee", "vehicle", "Soyuz spacecraft"),
                        "2022-09", null, 1.0),
                new Fact(null, FactType.FLIGHT_ASSIGNMENT, "x", Map.of("person", "Cy Dee"), "2022", null, 1.0));
        EvalReport r = HEADLINE.score(gold, List.of(article("x", "x.txt")), predicted);
        assertEquals(3, r.slotCorrect());
        assertEquals(5, r.slotGold());
        assertEquals(5, r.slotPredicted());
        assertEquals(0.6, r.slotF1(), 1e-12);
    }

    @Test
    void scoresRoleOnlyWhenSelected() {
        List<GoldFact> gold = new ArrayList<>(List.of(new GoldFact("x.txt", "ROLE",
                Map.of("person", "Ann Lee", "title", "chief engineer"), null, Map.of())));
        List<Fact> predicted = List.of(new Fact(null, FactType.ROLE, "x",
                Map.of("person", "Ann Lee", "title", "engineer"), null, null, 1.0));
        List<ArticleRecord> articles = List.of(article("x", "x.txt"));
        assertEquals(new TypeScore("overall", 0, 0, 0), HEADLINE.score(gold, articles, predicted).overall());
        EvalReport all = new FactScorer(Set.copyOf(FactType.values())).score(gold, articles, predicted);
        assertEquals(new TypeScore("ROLE", 1, 1, 1), all.perType().get(3));
    }

    @Test
    void rejectsAnEmptyTypeSelection() {
        assertThrows(IllegalArgumentException.class, () -> new FactScorer(Set.of()));
    }
}
