package org.newsfacts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfacts.corpus.AnalysisBuilder;
import org.newsfacts.corpus.Corpus;
import org.newsfacts.eval.EvalReport;
import org.newsfacts.eval.FactScorer;
import org.newsfacts.eval.GoldFact;
import org.newsfacts.eval.TypeScore;
import org.newsfacts.export.CsvExporter;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactSchema;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Slot;

/**
 * The README's worked example, "adding a fact type": an invented AWARD type is one definition, and the
 * corpus merger, the CSV export, the CLI's lines and evaluation matching handle it without a line of their
 * own changed, because they all read its schema. Model-free: the facts are hand-built, as a rule would build them.
 */
class NewFactTypeTest {
    static final Slot RECIPIENT = Slot.entity("recipient", EntityType.PERSON, EntityType.ORGANIZATION);
    static final Slot PRIZE = Slot.text("prize");
    static final Slot AWARDED_BY = Slot.entity("awarded_by", EntityType.AGENCY, EntityType.ORGANIZATION);
    static final Slot SHARED_WITH = Slot.entities("shared_with", EntityType.PERSON);

    /** The whole definition of the new type. */
    static final FactType AWARD = FactType.define("AWARD", FactSchema.builder()
            .required(RECIPIENT, PRIZE).optional(AWARDED_BY, SHARED_WITH)
            .key(RECIPIENT, PRIZE).companions(SHARED_WITH)
            .line("{recipient} wins {prize}[ from {awarded_by}][ with {shared_with}]"));

    private final AnalysisBuilder first = article("w1", "2031-05-02").person("Olga Varga").person("Ivan Petrak")
            .agency("Orbita")
            .fact(AWARD, "2031-05", "recipient", "Olga Varga", "prize", "Golden Orbit Medal", "awarded_by", "Orbita",
                    "shared_with", List.of("Ivan Petrak"));
    private final AnalysisBuilder second = article("w2", "2031-05-04").person("Olga Varga", "Varga").person("Lena Ode")
            .fact(AWARD, "2031-05-01", "recipient", "Varga", "prize", "golden orbit medal",
                    "shared_with", List.of("Lena Ode"));
    private final AnalysisBuilder third = article("w3", "2031-06-10").person("Olga Varga")
            .fact(AWARD, "2031-06", "recipient", "Olga Varga", "prize", "Silver Comet Prize");

    private List<Analysis> analyses() {
        return List.of(first.build(), second.build(), third.build());
    }

    @Test
    void theCorpusMergesReportsOfOneAwardAndKeepsAnotherApart() {
        List<MergedFact> merged = Corpus.of(analyses(), AnalysisBuilder.GAZETTEER).mergedFacts();
        assertEquals(2, merged.size(), merged.toString());
        MergedFact medal = merged.get(0);
        assertEquals(2, medal.sources().size(), "same recipient (any spelling) and prize: one event");
        assertEquals("2031-05-01", medal.date(), "the most specific date both allow");
        assertEquals(List.of("Ivan Petrak", "Lena Ode"), medal.args().get("shared_with"), "a list slot is united");
        assertEquals("Silver Comet Prize", merged.get(1).args().get("prize"));
    }

    @Test
    void theCliLineIsTheOneTheDefinitionWrites() {
        List<MergedFact> merged = Corpus.of(analyses(), AnalysisBuilder.GAZETTEER).mergedFacts();
        assertEquals("Olga Varga wins Golden Orbit Medal from Orbita Agency with Ivan Petrak + Lena Ode",
                FactLines.summary(merged.get(0)));
        assertEquals("Olga Varga wins Silver Comet Prize", FactLines.summary(merged.get(1)));
    }

    @Test
    void csvHasAColumnPerSlotInSchemaOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExporter.facts(List.of(AWARD)).write(facts().iterator(), out);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("id,type,article,date,confidence,recipient,prize,awarded_by,shared_with,"
                + "evidence_sentence,evidence_start,evidence_end", lines.get(0));
        assertTrue(lines.get(1).contains(",AWARD,w10000000000,2031-05,0.8,Olga Varga,Golden Orbit Medal,Orbita,Ivan Petrak,"),
                lines.get(1));

        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        CsvExporter.mergedFacts(List.of(AWARD)).write(
                Corpus.of(analyses(), AnalysisBuilder.GAZETTEER).mergedFacts().iterator(), merged);
        assertTrue(merged.toString(StandardCharsets.UTF_8).contains(
                "Olga Varga,Golden Orbit Medal,Orbita Agency,Ivan Petrak;Lena Ode,"), merged.toString(StandardCharsets.UTF_8));
    }

    @Test
    void evaluationMatchesOnTheKeySlots() {
        List<GoldFact> gold = List.of(
                new GoldFact(file(first), "AWARD", Map.of("recipient", "Olga Varga", "prize", "Golden Orbit Medal"), "2031-05", Map.of()),
                new GoldFact(file(third), "AWARD", Map.of("recipient", "Olga Varga", "prize", "Bronze Nebula Award"), "2031-06", Map.of()));
        EvalReport report = new FactScorer(Set.of(AWARD)).score(gold,
                analyses().stream().map(Analysis::article).toList(), facts());
        assertEquals(List.of(new TypeScore("AWARD", 2, 2, 1)), report.perType(), "another prize is another award");
    }

    @Test
    void aRecordWithASlotTheTypeLacksIsABug() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AWARD.schema().validate(AWARD.name(), Map.of("recipient", "Olga Varga", "prize", "x", "person", "y")));
        assertTrue(e.getMessage().contains("AWARD has no slot 'person'"), e.getMessage());
        assertTrue(FactType.find("AWARD").isEmpty(), "a defined type stays out of the built-in list");
    }

    private List<Fact> facts() {
        return analyses().stream().flatMap(a -> a.facts().stream()).toList();
    }

    private static String file(AnalysisBuilder article) {
        return FactScorer.fileName(article.path());
    }
}
