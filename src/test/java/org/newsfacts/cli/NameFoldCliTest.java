package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;
import static org.newsfacts.model.FactType.FLIGHT_ASSIGNMENT;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.robust.Cli.Run;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.entities.NameFold;

/**
 * Every command compares names in one folded form, so a user who types "T Okafor" finds "T. Okafor" whether
 * asking {@code facts --entity}, {@code entities NAME} or {@code timeline} (they once folded differently).
 */
class NameFoldCliTest {
    @TempDir
    static Path dir;

    private static final List<AnalysisBuilder> ARTICLES = List.of(
            article("n1", "2031-05-04").agency("Orbita Agency").person("T. Okafor")
                    .fact(FLIGHT_ASSIGNMENT, "2031-05-04", "person", "T. Okafor", "agency", "Orbita Agency",
                            "mission", "Lark-7"),
            article("n2", "2031-05-06").person("Olga Varga")
                    .fact(FLIGHT_ASSIGNMENT, "2031-06", "person", "Olga Varga", "mission", "Lark-8"));

    @BeforeAll
    static void index() throws IOException {
        IndexedCli.index(dir.resolve("index"), ARTICLES);
    }

    private static Run run(String... args) {
        return IndexedCli.run(dir.resolve("index"), args);
    }

    @Test
    void factsEntitiesAndTimelineAgreeOnANameWrittenWithoutItsFullStop() {
        for (String typed : List.of("T Okafor", "t. okafor", "T.Okafor")) {
            Run facts = run("facts", "--entity", typed);
            assertEquals(ExitCodes.OK, facts.code(), facts.err());
            assertTrue(facts.out().startsWith("1 fact\n") && facts.out().contains("Lark-7"), typed + ": " + facts.out());

            Run entity = run("entities", typed);
            assertEquals(ExitCodes.OK, entity.code(), typed + ": " + entity.err());
            assertTrue(entity.out().contains("T. Okafor"), typed + ": " + entity.out());

            Run timeline = run("timeline", typed);
            assertEquals(ExitCodes.OK, timeline.code(), typed + ": " + timeline.err());
            assertTrue(timeline.out().contains("Lark-7"), typed + ": " + timeline.out());
        }
    }

    @Test
    void foldDropsAccentsCasePunctuationAndJoinsApostrophes() {
        assertEquals("t okafor", NameFold.fold("T. Okafor"));
        assertEquals(NameFold.fold("T Okafor"), NameFold.fold("T.Okafor"));
        assertEquals("stephane israel", NameFold.fold("Stéphane  Israël"));
        assertEquals("ohara", NameFold.fold("O'Hara"));
        assertEquals("lopez alegria m", NameFold.fold("López-Alegría, M."));
    }
}
