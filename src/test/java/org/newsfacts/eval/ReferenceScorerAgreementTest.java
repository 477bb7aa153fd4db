package org.newsfacts.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/**
 * Scores the fixture in {@code src/test/resources/eval/} (gold, exported articles, exported facts, all
 * written for this test). Every expected number and table below was computed by running the reference
 * scorer on the same three files:
 * {@code python3 tools/score-facts.py gold.jsonl articles.jsonl facts.jsonl [--types=...]}.
 */
class ReferenceScorerAgreementTest {
    private static List<GoldFact> gold;
    private static List<ArticleRecord> articles;
    private static List<Fact> facts;

    @BeforeAll
    static void readFixture() throws IOException, URISyntaxException {
        gold = GoldReader.read(resource("gold.jsonl"));
        articles = readLines(resource("articles.jsonl"), ArticleRecord.class);
        facts = readLines(resource("facts.jsonl"), Fact.class);
    }

    @Test
    void headlineScoreEqualsReferenceScorer() {
        EvalReport r = new FactScorer(FactScorer.HEADLINE_TYPES).score(gold, articles, facts);
        assertEquals(List.of(new TypeScore("FLIGHT_ASSIGNMENT", 4, 3, 2), new TypeScore("LEADERSHIP_CHANGE", 3, 3, 3),
                new TypeScore("AGREEMENT", 1, 2, 1)), r.perType());
        assertEquals(List.of(23, 39, 33, 1), List.of(r.slotCorrect(), r.slotGold(), r.slotPredicted(),
                r.articlesWithoutExport()));
        assertEquals("""
                FLIGHT_ASSIGNMENT  gold=  4 pred=  3 tp=  2  P=0.67 R=0.50 F1=0.57
                LEADERSHIP_CHANGE  gold=  3 pred=  3 tp=  3  P=1.00 R=1.00 F1=1.00
                AGREEMENT          gold=  1 pred=  2 tp=  1  P=0.50 R=1.00 F1=0.67
                articles without an export: 1
                fact P=0.750 R=0.750 F1=0.750  slot P=0.697 R=0.590 F1=0.639
                {"fact_f1": 0.75, "slot_f1": 0.639}
                """, r.toTable());
        assertEquals(List.of("Kazuki Tanabe", "Sergei Prokopyev"),
                r.misses().stream().map(m -> m.args().get("person")).toList());
        assertEquals(List.of("a1-crew-launch.txt", "a4-galaxies.txt"),
                r.spurious().stream().map(Spurious::article).toList());
    }

    @Test
    void allTypesScoreEqualsReferenceScorer() {
        EvalReport r = new FactScorer(Set.copyOf(FactType.values())).score(gold, articles, facts);
        assertEquals(new TypeScore("ROLE", 2, 2, 2), r.perType().get(3));
        assertEquals(List.of(28, 44, 38), List.of(r.slotCorrect(), r.slotGold(), r.slotPredicted()));
        assertEquals("""
                FLIGHT_ASSIGNMENT  gold=  4 pred=  3 tp=  2  P=0.67 R=0.50 F1=0.57
                LEADERSHIP_CHANGE  gold=  3 pred=  3 tp=  3  P=1.00 R=1.00 F1=1.00
                AGREEMENT          gold=  1 pred=  2 tp=  1  P=0.50 R=1.00 F1=0.67
                ROLE               gold=  2 pred=  2 tp=  2  P=1.00 R=1.00 F1=1.00
                articles without an export: 1
                fact P=0.800 R=0.800 F1=0.800  slot P=0.737 R=0.636 F1=0.683
                {"fact_f1": 0.8, "slot_f1": 0.683}
                """, r.toTable());
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ReferenceScorerAgreementTest.class.getResource("/eval/" + name).toURI());
    }

    private static <T> List<T> readLines(Path file, Class<T> type) throws IOException {
        List<T> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(Json.read(line, type));
            }
        }
        return out;
    }
}
