package org.newsfacts.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;

/** Compares two views of one corpus record by record, as JSON, over every question the commands ask. */
public final class CorpusViews {
    private CorpusViews() {
    }

    public static void assertSameAnswers(CorpusView expected, CorpusView actual) throws IOException {
        List<CorpusEntity> entities = expected.allEntities().toList();
        assertEquals(json(entities), json(actual.allEntities().toList()), "every entity, in listing order");
        assertEquals(json(expected.mergedFacts(null).toList()), json(actual.mergedFacts(null).toList()), "every merged fact");
        for (FactType type : FactType.values()) {
            assertEquals(json(expected.mergedFacts(type).toList()), json(actual.mergedFacts(type).toList()), "merged " + type);
        }
        // the JSON lines an export copies (the stored layer's, unparsed) are the merged facts written one by one
        for (FactType type : Stream.concat(Stream.of((FactType) null), FactType.values().stream()).toList()) {
            assertEquals(expected.mergedFacts(type).map(Json::write).toList(),
                    actual.mergedFactsJson(type).map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList(),
                    "merged facts as JSON, " + type);
        }
        assertEquals(json(expected.entities(null, null).toList()), json(actual.entities(null, null).toList()));
        for (EntityType type : EntityType.values()) {
            assertEquals(json(expected.entities(type, null).toList()), json(actual.entities(type, null).toList()), "type " + type);
        }
        for (CorpusEntity e : entities) {
            String id = e.id();
            assertEquals(json(expected.byId(id).orElseThrow()), json(actual.byId(id).orElseThrow()), id);
            assertEquals(json(expected.articlesOf(id)), json(actual.articlesOf(id)), "articles of " + id);
            assertEquals(json(expected.factsAbout(id)), json(actual.factsAbout(id)), "facts about " + id);
            assertEquals(json(expected.timeline(id)), json(actual.timeline(id)), "timeline of " + id);
            assertSameNewest(expected, actual, id);
            for (String name : names(e)) {
                assertEquals(json(expected.find(name)), json(actual.find(name)), "find " + name);
            }
            String prefix = e.name().substring(0, Math.min(2, e.name().length())).toUpperCase(Locale.ROOT);
            assertEquals(json(expected.entities(null, prefix).toList()), json(actual.entities(null, prefix).toList()),
                    "prefix " + prefix);
        }
    }

    /** The newest of an entity's articles and facts, at every length around their sizes, as the whole lists give them. */
    private static void assertSameNewest(CorpusView expected, CorpusView actual, String id) throws IOException {
        List<ArticleRecord> articles = expected.articlesOf(id);
        List<MergedFact> facts = expected.factsAbout(id);
        // each length once: for the many entities of one or two articles the lengths around the sizes coincide
        for (int n : new TreeSet<>(List.of(0, 1, 2, articles.size() - 1, articles.size(), articles.size() + 1,
                facts.size() - 1, facts.size()))) {
            if (n >= 0) {
                assertEquals(json(expected.newestArticlesOf(id, n)), json(actual.newestArticlesOf(id, n)), "newest " + n + " articles of " + id);
                assertEquals(json(expected.newestFactsAbout(id, n)), json(actual.newestFactsAbout(id, n)), "newest " + n + " facts about " + id);
            }
        }
    }

    /**
     * The index holds a fresh corpus layer whose every record (entity and merged fact, with what incremental
     * updates keep) equals the full recomputation's from the same articles, and which answers every question
     * as the recomputed corpus does.
     */
    public static void assertLayerIsFullRecomputation(Path index, Gazetteer gazetteer, String when) throws IOException {
        Corpus recomputed = CorpusReader.read(index, gazetteer);
        CorpusLayerBuilder.Records full = recomputed.records();
        try (CorpusView view = CorpusReader.open(index, gazetteer)) {
            StoredCorpus stored = assertInstanceOf(StoredCorpus.class, view, when + ": the layer is fresh");
            assertEquals(sortedJson(full.entities()), sortedJson(stored.storedEntities()), when + ": entity records");
            assertEquals(sortedJson(full.facts()), sortedJson(stored.storedFacts()), when + ": merged-fact records");
            assertSameAnswers(recomputed, stored);
        }
    }

    private static List<String> sortedJson(List<?> records) {
        return records.stream().map(Json::write).sorted().toList();
    }

    private static List<String> names(CorpusEntity e) {
        List<String> words = List.of(e.name().split(" "));
        return Stream.concat(Stream.of(e.name(), words.get(words.size() - 1)),
                e.aliases().stream()).toList();
    }

    private static String json(Object value) {
        return Json.write(value);
    }
}
