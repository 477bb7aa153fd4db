package org.newsfacts.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Entity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.Evidence;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;

/** Four short invented articles, analysed by hand, shared by the index and search tests. */
public final class SampleArticles {
    public static final String SEAT_SWAP_ID = "a00000000001";
    public static final String LAUNCH_ID = "a00000000002";
    public static final String CHIEF_ID = "a00000000003";
    public static final String SOYUZ_ID = "a00000000004";

    public static final String SEAT_SWAP_TEXT = "The Northern Aerospace Agency and Cosmoflot signed an agreement on "
            + "Friday to swap seats on flights to the Meridian Station. Astronaut Mira Solano will fly aboard a "
            + "Falcon capsule from Kourou next spring, while cosmonaut Pavel Drozdov will ride the agency's shuttle. "
            + "The deal, worth \"several hundred million\" credits, runs through 2025.";
    public static final String LAUNCH_TEXT = "A rocket carrying Mira Solano lifted off from Kourou on Wednesday and "
            + "docked with the Meridian Station six hours later. Mission control said the crew was in good health.";
    public static final String CHIEF_TEXT = "The government replaced Cosmoflot chief Ivan Lebed with Olga Varga "
            + "on Tuesday. Lebed had led the company since 2018.";
    public static final String SOYUZ_TEXT = "Корабль «Союз» стартовал в среду с космодрома. "
            + "Экипаж прибыл на станцию «Меридиан» через три часа.";

    private SampleArticles() {
    }

    public static Analysis seatSwap() {
        return new Analysis(
                article(SEAT_SWAP_ID, "news/seat-swap.txt", "Aerospace agency and Cosmoflot agree to swap seats",
                        "2022-07-15", "en"),
                List.of(new Entity("org:naa", EntityType.AGENCY, "Northern Aerospace Agency", List.of("NAA"), null, 3),
                        kosmoflot(2, List.of("Cosmoflot", "Kosmoflott")),
                        new Entity("person:mira-solano", EntityType.PERSON, "Mira Solano", List.of("Solano"), null, 2),
                        new Entity("person:pavel-drozdov", EntityType.PERSON, "Pavel Drozdov", List.of(), null, 1),
                        new Entity("station:meridian", EntityType.STATION, "Meridian Station", List.of(), null, 1),
                        new Entity("place:kourou", EntityType.PLACE, "Kourou", List.of(), null, 1),
                        new Entity("date:2025", EntityType.DATE, "2025", List.of(), null, 1)),
                List.of(new Fact("f-1", FactType.AGREEMENT, SEAT_SWAP_ID,
                                Map.of("parties", List.of("Northern Aerospace Agency", "Kosmoflot"), "subject", "seat swap"),
                                "2022-07-15", new Evidence("The Northern Aerospace Agency and Cosmoflot signed ...", 0, 118),
                                0.9),
                        new Fact("f-2", FactType.FLIGHT_ASSIGNMENT, SEAT_SWAP_ID,
                                Map.of("person", "Mira Solano", "launch_site", "Kourou"), "2023",
                                new Evidence("Astronaut Mira Solano will fly ...", 119, 238), 0.8)));
    }

    public static Analysis launch() {
        return new Analysis(article(LAUNCH_ID, "news/launch.txt", "Crew launches to Meridian Station", "2022-09-21", "en"),
                List.of(new Entity("person:mira-solano", EntityType.PERSON, "Mira Solano", List.of(), null, 1),
                        new Entity("place:kourou", EntityType.PLACE, "Kourou", List.of(), null, 1),
                        new Entity("station:meridian", EntityType.STATION, "Meridian Station", List.of(), null, 1)),
                List.of(new Fact("f-3", FactType.FLIGHT_ASSIGNMENT, LAUNCH_ID,
                        Map.of("person", "Mira Solano", "destination", "Meridian Station"), "2022-09-21",
                        new Evidence("A rocket carrying Mira Solano ...", 0, 123), 0.7)));
    }

    public static Analysis chief() {
        return new Analysis(article(CHIEF_ID, "news/chief.txt", "Cosmoflot gets a new chief", "2021-03-02", "en"),
                List.of(kosmoflot(1, List.of("Cosmoflot")),
                        new Entity("person:ivan-lebed", EntityType.PERSON, "Ivan Lebed", List.of("Lebed"), null, 2),
                        new Entity("person:olga-varga", EntityType.PERSON, "Olga Varga", List.of(), null, 1)),
                List.of(new Fact("f-4", FactType.LEADERSHIP_CHANGE, CHIEF_ID,
                                Map.of("organization", "Kosmoflot", "role", "chief", "outgoing", "Ivan Lebed",
                                        "incoming", "Olga Varga"),
                                "2021-03-02", new Evidence("The government replaced ...", 0, 83), 0.9),
                        new Fact("f-5", FactType.ROLE, CHIEF_ID,
                                Map.of("person", "Ivan Lebed", "title", "chief", "former", true), null,
                                new Evidence("Lebed had led the company since 2018.", 84, 121), 0.6)));
    }

    public static Analysis soyuz() {
        return new Analysis(article(SOYUZ_ID, "news/soyuz-ru.txt", "Запуск корабля «Союз»", "2022-10-05", "ru"),
                List.of(new Entity("craft:soyuz", EntityType.SPACECRAFT, "Soyuz", List.of("Союз"), null, 1)),
                List.of());
    }

    /** Writes the four articles into a fresh index at {@code directory}. */
    public static void index(Path directory) throws IOException {
        index(directory, null);
    }

    /** The same, with the corpus layer {@code layer} computes (null: none, as {@link ArticleIndexer#open(IndexConfig)}). */
    public static void index(Path directory, CorpusLayerBuilder layer) throws IOException {
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(directory), layer)) {
            indexer.put(soyuz(), SOYUZ_TEXT);
            indexer.put(seatSwap(), SEAT_SWAP_TEXT);
            indexer.put(chief(), CHIEF_TEXT);
            indexer.put(launch(), LAUNCH_TEXT);
        }
    }

    private static Entity kosmoflot(int mentions, List<String> aliases) {
        return new Entity("org:kosmoflot", EntityType.AGENCY, "Kosmoflot", aliases, null, mentions);
    }

    private static ArticleRecord article(String id, String path, String title, String date, String language) {
        return new ArticleRecord(id, path, title, date, language, "0".repeat(64), 40);
    }
}
