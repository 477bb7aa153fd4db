package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;

/**
 * The corpus layer computed in parts, grouped by unit, id stem, article and bucket the way a distributed
 * engine shuffles them (here with hash maps, each group's members in a shuffled order), is record for
 * record the layer {@link Corpus} computes from all articles at once; and stored with
 * {@link ArticleIndexer#replaceCorpusLayer}, it is the index's fresh layer.
 */
class CorpusLayerPartsTest {
    private final CorpusLayerParts parts = new CorpusLayerParts(AnalysisBuilder.GAZETTEER);

    @Test
    void thePartsGiveTheRecordsOfTheWholeCorpus() {
        for (int seed = 1; seed <= 4; seed++) {
            List<Analysis> analyses = randomCorpus(seed, 80);
            CorpusLayerBuilder.Records whole = Corpus.of(analyses, AnalysisBuilder.GAZETTEER).records();
            CorpusLayerBuilder.Records split = inParts(analyses, new Random(seed));
            assertTrue(whole.entities().size() > 10 && whole.facts().size() > 10, "a corpus worth merging");
            assertEquals(sortedJson(whole.entities()), sortedJson(split.entities()), "entities, seed " + seed);
            assertEquals(sortedJson(whole.facts()), sortedJson(split.facts()), "merged facts, seed " + seed);
        }
    }

    /**
     * "Nova'Lab", "Nova Lab" and "Nova Lab 2" are three units whose base ids collide: the parts claim the ids in
     * corpus order, as the whole corpus does.
     */
    @Test
    void collidingIdsAreClaimedInCorpusOrderAcrossUnits() {
        List<Analysis> analyses = new ArrayList<>();
        String[] names = {"Nova Lab 2", "Nova'Lab", "Nova Lab", "Nova Lab"};
        for (int i = 0; i < names.length; i++) {
            analyses.add(AnalysisBuilder.article("n" + i, "2031-04-0" + (i + 1)).at("b/" + i + ".txt")
                    .person("Olga Varga").agency(names[i]).build());
        }
        CorpusLayerBuilder.Records whole = Corpus.of(analyses, AnalysisBuilder.GAZETTEER).records();
        CorpusLayerBuilder.Records split = inParts(analyses, new Random(7));
        assertEquals(sortedJson(whole.entities()), sortedJson(split.entities()));
        assertTrue(split.entities().stream().anyMatch(e -> e.entity().id().endsWith("-3")), "three ids claimed");
    }

    @Test
    void storedAsTheLayerTheyAreTheFreshLayerOfTheIndex(@TempDir Path index) throws Exception {
        List<Analysis> analyses = randomCorpus(9, 40);
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) { // no builder: the layer goes stale
            for (Analysis a : analyses) {
                indexer.put(a, "text of " + a.article().path());
            }
            indexer.commit();
            CorpusLayerBuilder.Records split = inParts(analyses, new Random(3));
            indexer.replaceCorpusLayer(split.entities().iterator(), split.facts().iterator());
        }
        CorpusViews.assertLayerIsFullRecomputation(index, AnalysisBuilder.GAZETTEER, "the layer computed in parts");
    }

    /** The steps of {@link CorpusLayerParts}, each group of records handed over in a random order. */
    private CorpusLayerBuilder.Records inParts(List<Analysis> analyses, Random random) {
        List<Analysis> shuffled = new ArrayList<>(analyses);
        Collections.shuffle(shuffled, random);
        Map<String, List<CorpusLayerParts.EntityPart>> byUnit = new LinkedHashMap<>();
        for (Analysis a : shuffled) {
            parts.entityParts(a).forEach((unit, part) -> byUnit.computeIfAbsent(unit, u -> new ArrayList<>())
                    .add(Json.read(Json.write(part), CorpusLayerParts.EntityPart.class)));
        }
        Map<String, List<StoredEntity>> byStem = new HashMap<>();
        byUnit.forEach((unit, inUnit) -> {
            Collections.shuffle(inUnit, random);
            for (StoredEntity e : parts.groupUnit(unit, inUnit)) {
                byStem.computeIfAbsent(CorpusLayerParts.stem(e), s -> new ArrayList<>()).add(e);
            }
        });
        List<StoredEntity> entities = new ArrayList<>();
        byStem.values().forEach(sameStem -> {
            Collections.shuffle(sameStem, random);
            entities.addAll(CorpusLayerParts.claimIds(sameStem));
        });
        Map<String, CorpusEntity> byKey = new HashMap<>();
        entities.forEach(e -> e.keys().forEach(k -> byKey.put(k, e.entity())));
        Map<String, List<StoredMergedFact.Report>> byBucket = new HashMap<>();
        for (Analysis a : shuffled) {
            Map<String, CorpusEntity> needed = new HashMap<>();
            parts.dependencies(a).forEach(k -> needed.put(k, byKey.get(k)));
            for (CorpusLayerParts.ResolvedReport r : parts.resolve(a, needed::get)) {
                byBucket.computeIfAbsent(r.bucket(), b -> new ArrayList<>())
                        .add(Json.read(Json.write(r.report()), StoredMergedFact.Report.class));
            }
        }
        List<StoredMergedFact> facts = new ArrayList<>();
        byBucket.forEach((bucket, reports) -> {
            Collections.shuffle(reports, random);
            facts.addAll(CorpusLayerParts.mergeBucket(bucket, reports));
        });
        return new CorpusLayerBuilder.Records(entities, facts);
    }

    private static List<Analysis> randomCorpus(int seed, int size) {
        RandomArticles articles = new RandomArticles(seed);
        List<Analysis> analyses = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            analyses.add(articles.next(String.format("news/%03d.txt", i)).build());
        }
        return analyses;
    }

    private static List<String> sortedJson(List<?> records) {
        return records.stream().map(Json::write).sorted().toList();
    }
}
