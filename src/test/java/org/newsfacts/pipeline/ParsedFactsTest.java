package org.newsfacts.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.newsfacts.ingest.Articles;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Facts that only the dependency patterns read, through the standard analyzer on invented articles. */
@Tag("models") // loads CoreNLP
class ParsedFactsTest {
    private static List<Map<String, Object>> facts(FactType type, String text) {
        return SharedAnalyzer.get().analyze(Articles.create("t.txt", "t", "2031-03-02", null, text)).facts().stream()
                .filter(f -> f.type() == type).map(Fact::args).toList();
    }

    @Test
    void everyHeadOfAConjoinedListGetsTheChangeWithTheAgentAsAppointer() {
        List<Map<String, Object>> changes = facts(FactType.LEADERSHIP_CHANGE,
                "Olga Varga and Ivo Petrak were named deputy directors of the Freedonian Space Agency by President "
                        + "Ana Kovac on Monday.");
        assertEquals(Set.of("Olga Varga", "Ivo Petrak"), changes.stream().map(c -> c.get("incoming")).collect(Collectors.toSet()),
                changes.toString());
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.stream().allMatch(c -> "Ana Kovac".equals(c.get("appointed_by"))
                && "deputy director".equals(c.get("role"))), changes.toString());
    }

    @Test
    void rolesFromCopulasServedAsAndOfPhrases() {
        List<Map<String, Object>> roles = facts(FactType.ROLE,
                "The Freedonian Space Agency named Olga Varga as its director on Monday. Varga served as vice president "
                        + "of propulsion at Acme Rockets from 2015 to 2020. Ivo Petrak, who steps down, was the agency's "
                        + "director for a decade.");
        assertTrue(roles.contains(Map.of("person", "Olga Varga", "title", "vice president of propulsion",
                "organization", "Acme Rockets", "former", true)), roles.toString());
    }

    @Test
    void allPartiesOfAMemorandumAreInOneAgreement() {
        List<Map<String, Object>> agreements = facts(FactType.AGREEMENT,
                "The Freedonian Space Agency signed a memorandum of understanding with Acme Rockets and the Borduria "
                        + "Space Office on lunar exploration on Monday.");
        assertEquals(1, agreements.size(), agreements.toString());
        assertEquals(List.of("Freedonian Space Agency", "Acme Rockets", "Borduria Space Office"),
                agreements.get(0).get("parties"), agreements.toString());
    }
}
