package org.newsfacts.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsfacts.corpus.CorpusReader;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.json.Json;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;

/**
 * {@code --tables DIR}: {@code articles}, {@code entities}, {@code facts} and {@code rejected} as Parquet tables
 * in the FACTS-SCHEMA shape, for Spark SQL, pandas or DuckDB. Articles and facts are the records of this run's
 * analyses, turned into rows where they were computed (executors); a fact's {@code args} and {@code evidence}
 * stay nested structs ({@code args} holds every slot any fact type uses, null where a fact has none). Entities
 * are the corpus-wide ones of the merged index, as {@code export --what entities} writes them.
 */
final class TableWriter {
    private static final StructType ARTICLES = new StructType()
            .add("id", DataTypes.StringType).add("path", DataTypes.StringType).add("title", DataTypes.StringType)
            .add("date", DataTypes.StringType).add("language", DataTypes.StringType)
            .add("sha256", DataTypes.StringType).add("tokens", DataTypes.IntegerType);
    private static final StructType ENTITIES = new StructType()
            .add("id", DataTypes.StringType).add("type", DataTypes.StringType).add("name", DataTypes.StringType)
            .add("aliases", DataTypes.createArrayType(DataTypes.StringType)).add("wikidata", DataTypes.StringType)
            .add("mentions", DataTypes.IntegerType);
    /** Only for a run with no fact at all: otherwise the slots are read from the facts themselves. */
    private static final StructType NO_FACTS = new StructType()
            .add("id", DataTypes.StringType).add("type", DataTypes.StringType).add("article", DataTypes.StringType)
            .add("args", new StructType().add("person", DataTypes.StringType)).add("date", DataTypes.StringType)
            .add("evidence", new StructType().add("sentence", DataTypes.StringType)
                    .add("start", DataTypes.IntegerType).add("end", DataTypes.IntegerType))
            .add("confidence", DataTypes.DoubleType);
    private static final StructType REJECTED = new StructType()
            .add("path", DataTypes.StringType).add("reason", DataTypes.StringType);

    private final SparkSession spark;
    private final String folder;

    TableWriter(SparkSession spark, String folder) {
        this.spark = spark;
        this.folder = folder.endsWith("/") ? folder : folder + "/";
    }

    void write(JavaRDD<Emitted> out, List<SparkIngestSummary.Rejection> rejected, Path index) throws IOException {
        save(spark.read().schema(ARTICLES).json(json(out, Emitted.Kind.ARTICLE)), "articles");
        Dataset<String> facts = json(out, Emitted.Kind.FACT);
        save(facts.isEmpty() ? spark.createDataFrame(List.of(), NO_FACTS) : spark.read().json(facts), "facts");
        save(spark.read().schema(ENTITIES).json(spark.createDataset(entities(index), Encoders.STRING())), "entities");
        save(spark.createDataFrame(rejected.stream().map(r -> RowFactory.create(r.path(), r.reason())).toList(),
                REJECTED), "rejected");
    }

    private Dataset<String> json(JavaRDD<Emitted> out, Emitted.Kind kind) {
        return spark.createDataset(out.filter(e -> e.kind() == kind).map(Emitted::value).rdd(), Encoders.STRING());
    }

    /** The corpus layer's entities: one per thing in the whole index (thousands, not articles). */
    private static List<String> entities(Path index) throws IOException {
        try (CorpusView corpus = CorpusReader.open(index); Stream<CorpusEntity> all = corpus.allEntities()) {
            return all.map(e -> Json.write(new Entity(e.id(), e.type(), e.name(), e.aliases(), e.wikidata(),
                    e.mentions()))).toList();
        }
    }

    private void save(Dataset<Row> table, String name) {
        table.write().mode(SaveMode.Overwrite).parquet(folder + name);
    }
}
