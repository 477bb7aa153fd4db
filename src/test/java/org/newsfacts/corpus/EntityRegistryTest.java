package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.corpus.AnalysisBuilder.article;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;

class EntityRegistryTest {

    private static EntityRegistry registry(AnalysisBuilder... articles) {
        List<Analysis> analyses = java.util.Arrays.stream(articles).map(AnalysisBuilder::build).toList();
        return EntityRegistry.of(analyses, AnalysisBuilder.GAZETTEER);
    }

    private static List<String> names(EntityRegistry registry) {
        return registry.entities().stream().map(CorpusEntity::name).toList();
    }

    @Test
    void samePersonInTwoArticlesIsOneEntityWithCountsDatesAndSpellings() {
        EntityRegistry registry = registry(
                article("a1", "2031-05-02").person("Renée Dubois", "Dubois"),
                article("a2", "2030-01-15").person("Renee Dubois"),
                article("a3", null).person("Renée Dubois"));
        CorpusEntity dubois = registry.entities().get(0);
        assertEquals(1, registry.entities().size());
        assertEquals("Renée Dubois", dubois.name());
        assertEquals(3, dubois.articles());
        assertEquals(4, dubois.mentions());
        assertEquals("2030-01-15", dubois.firstDate());
        assertEquals("2031-05-02", dubois.lastDate());
        assertEquals(List.of("Dubois", "Renee Dubois"), dubois.aliases().stream().sorted().toList());
    }

    @Test
    void twoPeopleSharingASurnameStayTwoAndALoneSurnameStaysInItsArticle() {
        EntityRegistry registry = registry(
                article("a1", "2031-01-01").person("Anna Petrova", "Petrova"),
                article("a2", "2031-02-01").person("Irina Petrova", "Petrova"),
                article("a3", "2031-03-01").person("Petrova"),
                article("a4", "2031-04-01").person("Petrova"));
        assertEquals(List.of("Anna Petrova", "Irina Petrova", "Petrova", "Petrova"), names(registry).stream().sorted().toList());
        assertTrue(registry.entities().stream().filter(e -> e.name().equals("Petrova"))
                .allMatch(e -> e.articles() == 1 && e.id().startsWith("person:petrova@")));
        assertEquals(4, registry.find("Petrova").size(), "a surname alone is ambiguous here");
        assertEquals(List.of("Irina Petrova"), registry.find("irina petrova").stream().map(CorpusEntity::name).toList());
    }

    @Test
    void shortFormJoinsTheOnlyLongerFormWithTheSameFirstAndLastName() {
        EntityRegistry one = registry(
                article("a1", "2031-01-01").person("Lena Sorensen"),
                article("a2", "2031-02-01").person("Lena Maria Sorensen"));
        assertEquals(List.of("Lena Maria Sorensen"), names(one));
        assertEquals(2, one.entities().get(0).articles());

        EntityRegistry ambiguous = registry(
                article("a1", "2031-01-01").person("Lena Sorensen"),
                article("a2", "2031-02-01").person("Lena Maria Sorensen"),
                article("a3", "2031-03-01").person("Lena Kristin Sorensen"));
        assertEquals(3, ambiguous.entities().size());
    }

    @Test
    void gazetteerSpellingsAreOneEntityWithTheCanonicalNameAndWikidataId() {
        EntityRegistry registry = registry(
                article("a1", "2031-01-01").agency("Orbita"),
                article("a2", "2031-02-01").entity(EntityType.ORGANIZATION, "Orbitagentstvo", 2),
                article("a3", "2031-03-01").agency("Orbita Agency"));
        CorpusEntity orbita = registry.entities().get(0);
        assertEquals(1, registry.entities().size());
        assertEquals("Orbita Agency", orbita.name());
        assertEquals(EntityType.AGENCY, orbita.type());
        assertEquals("Q4242424242", orbita.wikidata());
        assertEquals(3, orbita.articles());
        assertEquals(List.of(orbita), registry.find("ORBITAGENTSTVO"));
    }

    @Test
    void sameNameOfIncompatibleTypesIsTwoThingsButAgencyAndOrganizationAreOne() {
        EntityRegistry registry = registry(
                article("a1", "2031-01-01").entity(EntityType.SPACECRAFT, "Kestrel Nine", 1)
                        .entity(EntityType.ORGANIZATION, "Helios Works", 1),
                article("a2", "2031-02-01").entity(EntityType.PLACE, "Kestrel Nine", 1)
                        .entity(EntityType.AGENCY, "Helios Works", 1));
        assertEquals(3, registry.entities().size());
        CorpusEntity helios = registry.find("Helios Works").get(0);
        assertEquals(2, helios.articles());
        assertEquals(EntityType.AGENCY, helios.type(), "a tie between agency and organisation goes to agency");
    }

    @Test
    void resolvesANameAsItsArticleUsesIt() {
        EntityRegistry registry = registry(
                article("a1", "2031-01-01").person("Anna Petrova", "Petrova"),
                article("a2", "2031-02-01").person("Irina Petrova", "Petrova"));
        List<EntityType> people = List.of(EntityType.PERSON);
        assertEquals("Anna Petrova", registry.resolve(article("a1", null).id(), "Petrova", people).orElseThrow().name());
        assertEquals("Irina Petrova", registry.resolve(article("a2", null).id(), "Petrova", people).orElseThrow().name());
        assertTrue(registry.resolve(article("a3", null).id(), "Petrova", people).isEmpty());
        assertEquals("Anna Petrova", registry.resolve(article("a3", null).id(), "Anna Petrova", people).orElseThrow().name());
    }

    @Test
    void listsMostArticlesFirst() {
        EntityRegistry registry = registry(
                article("a1", "2031-01-01").person("Tomas Keller").agency("Orbita"),
                article("a2", "2031-02-01").agency("Orbita Agency"));
        assertEquals(List.of("Orbita Agency", "Tomas Keller"), names(registry));
        assertEquals(List.of(article("a1", null).id(), article("a2", null).id()),
                registry.articles(registry.entities().get(0).id()));
    }
}
