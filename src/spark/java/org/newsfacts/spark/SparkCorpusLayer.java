package org.newsfacts.spark;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.newsfacts.corpus.CorpusLayerParts;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.StoredEntity;
import org.newsfacts.model.StoredMergedFact;
import scala.Tuple2;

/**
 * The corpus layer (registry and merged facts) computed on the executors, grouped by key as
 * {@link CorpusLayerParts} cuts it, with the same merging code as {@code ingest}:
 * <ol>
 * <li>each article's entities by <em>unit</em> (grouping key, or person signature) → the unit's entities;</li>
 * <li>those by id stem → their final ids, claimed in corpus order;</li>
 * <li>each article's facts joined with the entities of the grouping keys they read → resolved facts;</li>
 * <li>those by event bucket → merged facts.</li>
 * </ol>
 * Records cross the shuffles as JSON strings (the model records are Jackson's, not {@link java.io.Serializable}).
 * The result stays distributed: the driver streams it into the index partition by partition.
 */
final class SparkCorpusLayer {
    /** One {@link CorpusLayerParts} per executor JVM, like the analyzer: the gazetteer loads once. */
    private static final class Parts {
        static final CorpusLayerParts PARTS = new CorpusLayerParts(Gazetteer.bundled());
    }

    private final JavaRDD<String> entities;
    private final JavaRDD<String> facts;

    /** @param analyses article id → its analysis as JSON, one per article of the index */
    SparkCorpusLayer(JavaPairRDD<String, String> analyses) {
        this.entities = analyses.values()
                .flatMapToPair(json -> {
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    Parts.PARTS.entityParts(analysis(json))
                            .forEach((unit, part) -> out.add(new Tuple2<>(unit, Json.write(part))));
                    return out.iterator();
                })
                .groupByKey()
                .flatMapToPair(unit -> Parts.PARTS.groupUnit(unit._1(), read(unit._2(), CorpusLayerParts.EntityPart.class))
                        .stream().map(e -> new Tuple2<>(CorpusLayerParts.stem(e), Json.write(e))).iterator())
                .groupByKey()
                .flatMap(stem -> CorpusLayerParts.claimIds(read(stem._2(), StoredEntity.class)).stream().map(Json::write)
                        .iterator())
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<String, String> byKey = entities.flatMapToPair(json -> {
            StoredEntity e = Json.read(json, StoredEntity.class);
            String entity = Json.write(e.entity());
            return e.keys().stream().map(k -> new Tuple2<>(k, entity)).iterator();
        });
        JavaPairRDD<String, String> needs = analyses.flatMapToPair(article -> Parts.PARTS
                .dependencies(analysis(article._2())).stream().map(k -> new Tuple2<>(k, article._1())).iterator());
        JavaPairRDD<String, Tuple2<String, String>> entitiesByArticle = needs.join(byKey)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())));
        this.facts = analyses.cogroup(entitiesByArticle)
                .flatMapToPair(article -> {
                    Map<String, CorpusEntity> known = new HashMap<>();
                    article._2()._2().forEach(k -> known.put(k._1(), Json.read(k._2(), CorpusEntity.class)));
                    List<Tuple2<String, String>> out = new ArrayList<>();
                    for (String json : article._2()._1()) {
                        for (CorpusLayerParts.ResolvedReport r : Parts.PARTS.resolve(analysis(json), known::get)) {
                            out.add(new Tuple2<>(r.bucket(), Json.write(r.report())));
                        }
                    }
                    return out.iterator();
                })
                .groupByKey()
                .flatMap(bucket -> CorpusLayerParts.mergeBucket(bucket._1(),
                        read(bucket._2(), StoredMergedFact.Report.class)).stream().map(Json::write).iterator());
    }

    /** The entity records, streamed to the driver one partition at a time. */
    Iterator<StoredEntity> entities() {
        return map(entities.toLocalIterator(), StoredEntity.class);
    }

    /** The merged-fact records, streamed to the driver one partition at a time. */
    Iterator<StoredMergedFact> facts() {
        return map(facts.toLocalIterator(), StoredMergedFact.class);
    }

    void release() {
        entities.unpersist();
    }

    private static Analysis analysis(String json) {
        return Json.readAnalysis(json.getBytes(StandardCharsets.UTF_8));
    }

    private static <T> List<T> read(Iterable<String> json, Class<T> type) {
        List<T> out = new ArrayList<>();
        json.forEach(j -> out.add(Json.read(j, type)));
        return out;
    }

    private static <T> Iterator<T> map(Iterator<String> json, Class<T> type) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return json.hasNext();
            }

            @Override
            public T next() {
                return Json.read(json.next(), type);
            }
        };
    }
}
