package org.newsfacts.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsfacts.entities.MissionCatalog;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

class RoleRuleTest {
    private static final FactExtractor EXTRACTOR = FactExtractor.standard(Lexicons.bundled(), MissionCatalog.bundled());

    @Test
    void titlesOfPeopleInOtherFactsAreKeptWithFormerFlag() {
        List<Map<String, Object>> roles = EXTRACTOR.extract(Sentences.article(null,
                        "President/NNP [Sam Lee]PERSON replaced/VBD/replace the/DT head/NN of/IN [Acme Space]ORGANIZATION ,/, "
                                + "[Olga Brandt]PERSON ,/, with/IN [Nils Berg]PERSON ,/, a/DT former/JJ deputy/NN "
                                + "minister/NN ./.",
                        "President/NNP [Ada King]PERSON attended/VBD/attend ./."))
                .stream().filter(f -> f.type() == FactType.ROLE).map(Fact::args).toList();

        assertEquals(List.of(
                Map.of("person", "Sam Lee", "title", "President", "former", false),
                Map.of("person", "Nils Berg", "title", "deputy minister", "former", true)), roles,
                "Ada King takes part in no other fact, so her title is not reported");
    }

    @Test
    void aTitleCasePortfolioStaysWithItsMinisterAndTheOrganisationsHeadIsNoSecondRoleOfItsChange() {
        List<Map<String, Object>> roles = EXTRACTOR.extract(Sentences.article(null,
                        "Trade/NNP Minister/NNP [Sam Lee]PERSON named/VBD/name [Olga Brandt]PERSON as/IN head/NN of/IN "
                                + "[Acme Space]ORGANIZATION ./.",
                        "[Acme Space]ORGANIZATION chief/NN [Olga Brandt]PERSON spoke/VBD/speak ./."))
                .stream().filter(f -> f.type() == FactType.ROLE).map(Fact::args).toList();

        assertEquals(List.of(Map.of("person", "Sam Lee", "title", "Trade Minister", "former", false)), roles);
    }

    @Test
    void anOccupationHoldingAPostWordIsNoPost() {
        List<Map<String, Object>> roles = EXTRACTOR.extract(Sentences.article(null,
                        "Film/NN director/NN [Ivo Petrak]PERSON replaced/VBD/replace [Olga Brandt]PERSON as/IN head/NN of/IN "
                                + "[Acme Space]ORGANIZATION ./."))
                .stream().filter(f -> f.type() == FactType.ROLE).map(Fact::args).toList();

        assertEquals(List.of(), roles);
    }
}
