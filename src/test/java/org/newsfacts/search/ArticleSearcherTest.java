package org.newsfacts.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.index.SampleArticles.CHIEF_ID;
import static org.newsfacts.index.SampleArticles.LAUNCH_ID;
import static org.newsfacts.index.SampleArticles.SEAT_SWAP_ID;
import static org.newsfacts.index.SampleArticles.SOYUZ_ID;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.index.SampleArticles;
import org.newsfacts.model.EntityType;

class ArticleSearcherTest {
    @TempDir
    static Path dir;
    static ArticleSearcher searcher;

    @BeforeAll
    static void indexSamples() throws IOException {
        SampleArticles.index(dir);
        searcher = ArticleSearcher.open(dir);
    }

    @AfterAll
    static void close() throws IOException {
        searcher.close();
    }

    private static SearchResults search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    private static Set<String> ids(String query) throws IOException {
        return ids(SearchRequest.of(query, 10));
    }

    private static Set<String> ids(SearchRequest request) throws IOException {
        SearchResults results = search(request);
        assertEquals(results.total(), results.hits().size(), "all hits fit in the limit");
        return results.hits().stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static List<String> orderedIds(SearchRequest request) throws IOException {
        return search(request).hits().stream().map(SearchHit::id).toList();
    }

    @Test
    void findsTermsCaseInsensitively() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID), ids("KOUROU"));
        assertEquals(Set.of(), ids("spaceplane"));
    }

    @Test
    void findsPhrasesOnlyInOrder() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID), ids("\"seats on flights\""));
        assertEquals(Set.of(), ids("\"flights on seats\""));
    }

    @Test
    void combinesTermsWithAndByDefaultAndHonoursBooleanOperators() throws IOException {
        assertEquals(Set.of(LAUNCH_ID), ids("kourou docked"));
        assertEquals(Set.of(SEAT_SWAP_ID), ids("kourou AND NOT docked"));
        assertEquals(Set.of(SEAT_SWAP_ID, CHIEF_ID), ids("lebed OR drozdov"));
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID), ids("solano -government"));
    }

    @Test
    void searchesNamedFields() throws IOException {
        assertEquals(Set.of(CHIEF_ID), ids("title:chief"));
        assertEquals(Set.of(SOYUZ_ID), ids("language:RU"));
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID), ids("entity_person:\"Mira Solano\""));
        assertEquals(Set.of(CHIEF_ID), ids("fact_type:leadership_change"));
        assertEquals(Set.of(SEAT_SWAP_ID), ids("date:2022-07-15"));
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID, SOYUZ_ID), ids("date:2022"));
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID), ids("date:[2022-07-01 TO 2022-09-30]"));
        assertEquals(Set.of(CHIEF_ID, SEAT_SWAP_ID), ids("date:[* TO 2022-07-15]"));
    }

    @Test
    void expandsWildcards() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID, CHIEF_ID), ids("cosmo*"));
        assertEquals(Set.of(SEAT_SWAP_ID, CHIEF_ID), ids("*oflot"));
        assertEquals(Set.of(LAUNCH_ID), ids("dock?d"));
    }

    @Test
    void findsAnEntityByASpellingVariantTheTextNeverUses() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID), ids("Kosmoflott"));
        assertEquals(Set.of(SEAT_SWAP_ID, CHIEF_ID), ids("kosmoflot"));
    }

    @Test
    void findsCyrillicText() throws IOException {
        assertEquals(Set.of(SOYUZ_ID), ids("Союз"));
        assertEquals(Set.of(SOYUZ_ID), ids("станцию"));
        assertEquals(Set.of(SOYUZ_ID), ids("soyuz"));
    }

    @Test
    void matchAllListsNewestFirstWithUndatedLast() throws IOException {
        assertEquals(List.of(SOYUZ_ID, LAUNCH_ID, SEAT_SWAP_ID, CHIEF_ID), orderedIds(SearchRequest.of("", 10)));
        assertEquals(List.of(SOYUZ_ID, LAUNCH_ID), orderedIds(SearchRequest.of("*", 2)));
        assertEquals(4, search(SearchRequest.of("*", 2)).total());
        assertFalse(search(SearchRequest.of("*", 1)).hits().get(0).snippet().isBlank());
    }

    @Test
    void filtersByDateRangeInclusive() throws IOException {
        SearchRequest summer = new SearchRequest("", 10, "2022-07-15", "2022-09-21", null, null);
        assertEquals(List.of(LAUNCH_ID, SEAT_SWAP_ID), orderedIds(summer));
        assertEquals(Set.of(CHIEF_ID), ids(new SearchRequest(null, 10, null, "2021", null, null)));
        assertEquals(Set.of(SEAT_SWAP_ID), ids(new SearchRequest("kourou", 10, "2022-07", "2022-07", null, null)));
    }

    @Test
    void filtersByEntityNameOrAliasOfAnyType() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID, CHIEF_ID), ids(new SearchRequest("", 10, null, null, "COSMOFLOT", null)));
        assertEquals(Set.of(SEAT_SWAP_ID), ids(new SearchRequest("", 10, null, null, "naa", null)));
        assertEquals(Set.of(SOYUZ_ID), ids(new SearchRequest("", 10, null, null, "союз", null)));
        assertEquals(Set.of(LAUNCH_ID), ids(new SearchRequest("docked", 10, null, null, "Kourou", null)));
    }

    @Test
    void filtersByFactType() throws IOException {
        assertEquals(Set.of(SEAT_SWAP_ID, LAUNCH_ID),
                ids(new SearchRequest("", 10, null, null, null, "flight_assignment")));
        assertEquals(Set.of(CHIEF_ID), ids(new SearchRequest("", 10, null, null, null, "ROLE")));
    }

    @Test
    void highlightsMatchesInTheSnippet() throws IOException {
        SearchHit hit = search(SearchRequest.of("kourou docked", 10)).hits().get(0);
        assertEquals(LAUNCH_ID, hit.id());
        assertTrue(hit.snippet().contains("<b>Kourou</b>"), hit.snippet());
        assertTrue(hit.snippet().contains("<b>docked</b>"), hit.snippet());
        assertFalse(hit.plainSnippet().contains("<b>"));
        assertTrue(hit.snippet("\u001b[1m", "\u001b[0m").contains("\u001b[1mKourou\u001b[0m"));
        assertFalse(hit.snippet().contains("\n"));
        assertTrue(search(SearchRequest.of("Союз", 1)).hits().get(0).snippet().contains("<b>Союз</b>"));
    }

    @Test
    void hitsCarryMetadataTopEntitiesAndFactTypes() throws IOException {
        SearchHit hit = search(SearchRequest.of("\"swap seats\"", 10)).hits().get(0);
        assertEquals(SEAT_SWAP_ID, hit.id());
        assertEquals("Aerospace agency and Cosmoflot agree to swap seats", hit.title());
        assertEquals("2022-07-15", hit.date());
        assertEquals("news/seat-swap.txt", hit.path());
        assertTrue(hit.score() > 0);
        assertEquals(List.of("Northern Aerospace Agency", "Kosmoflot", "Mira Solano", "Kourou", "Meridian Station",
                "Pavel Drozdov"), hit.entities());
        assertEquals(List.of("FLIGHT_ASSIGNMENT", "AGREEMENT"), hit.facts());
    }

    @Test
    void limitZeroOnlyCounts() throws IOException {
        SearchResults results = search(SearchRequest.of("kourou", 0));
        assertEquals(2, results.total());
        assertEquals(List.of(), results.hits());
    }

    @Test
    void malformedQueryIsOneLineBadQuery() {
        BadQueryException bad = assertThrows(BadQueryException.class, () -> search(SearchRequest.of("AND OR", 10)));
        assertTrue(bad.getMessage().startsWith("cannot parse query 'AND OR': "), bad.getMessage());
        assertFalse(bad.getMessage().contains("\n"));
        assertThrows(BadQueryException.class, () -> search(SearchRequest.of("\"unclosed", 10)));
        BadQueryException date = assertThrows(BadQueryException.class,
                () -> search(SearchRequest.of("date:2022-13-45", 10)));
        assertTrue(date.getMessage().contains("bad date '2022-13-45'"), date.getMessage());
        assertThrows(BadQueryException.class, () -> new SearchRequest("", 10, "yesterday", null, null, null));
    }

    @Test
    void countsFacetsOverAllMatches() throws IOException {
        FacetCounts all = searcher.facets(SearchRequest.of("", 1), 10);
        assertEquals(4, all.total());
        assertEquals(List.of(new FacetCount("Mira Solano", 2), new FacetCount("Ivan Lebed", 1),
                new FacetCount("Olga Varga", 1), new FacetCount("Pavel Drozdov", 1)),
                all.entities().get(EntityType.PERSON));
        assertEquals(List.of(new FacetCount("Kosmoflot", 2), new FacetCount("Northern Aerospace Agency", 1)),
                all.entities().get(EntityType.AGENCY));
        assertFalse(all.entities().containsKey(EntityType.DATE));
        assertEquals(List.of(new FacetCount("FLIGHT_ASSIGNMENT", 2), new FacetCount("AGREEMENT", 1),
                new FacetCount("LEADERSHIP_CHANGE", 1), new FacetCount("ROLE", 1)), all.factTypes());

        FacetCounts kourou = searcher.facets(SearchRequest.of("kourou", 10), 1);
        assertEquals(2, kourou.total());
        assertEquals(List.of(new FacetCount("Mira Solano", 2)), kourou.entities().get(EntityType.PERSON));
        assertEquals(List.of(new FacetCount("FLIGHT_ASSIGNMENT", 2)), kourou.factTypes());
        assertFalse(kourou.entities().containsKey(EntityType.SPACECRAFT));
    }
}
