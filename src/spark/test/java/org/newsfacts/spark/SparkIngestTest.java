package org.newsfacts.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfacts.robust.Cli.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfacts.cli.Newsfacts;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.json.Json;
import org.newsfacts.pipeline.CorpusIndex;
import org.newsfacts.robust.Cli.Run;

/**
 * The Spark ingest on {@code corpus/} in local mode with two executor threads ({@code local[2,4]}: up to four
 * attempts per task), against the single-machine ingest of the same files ({@link CorpusIndex}). Executors run
 * in this JVM, so both share the one CoreNLP pipeline of the test JVM.
 */
@Tag("models") // analyses corpus/ through CoreNLP
class SparkIngestTest {
    private static final List<String> KINDS = List.of("facts", "entities", "merged-facts", "articles");

    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,4]").appName("newsfacts-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void exportsEqualThoseOfIngestAndTheTablesReadBackInSparkSql(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        Path tables = dir.resolve("tables");
        String missing = dir.resolve("missing.txt").toString();
        SparkIngestSummary summary = new SparkIngest(SparkIngestConfig.of(List.of("corpus", missing), index)
                .withTables(tables.toUri().toString()).withPartitions(3)).run(spark);

        assertEquals(CorpusIndex.firstIngest().added(), summary.indexed());
        assertEquals(List.of(new SparkIngestSummary.Rejection(missing, "no such file or directory")), summary.rejected());
        for (String kind : KINDS) {
            assertEquals(export(CorpusIndex.path(), kind, dir), export(index, kind, dir), kind);
        }
        assertEquals(0, run("check", "--index", index.toString()).code(), "check passes on the Spark index");

        spark.read().parquet(tables.resolve("facts").toString()).createOrReplaceTempView("facts");
        spark.read().parquet(tables.resolve("articles").toString()).createOrReplaceTempView("articles");
        spark.read().parquet(tables.resolve("entities").toString()).createOrReplaceTempView("entities");
        spark.read().parquet(tables.resolve("rejected").toString()).createOrReplaceTempView("rejected");
        // nested evidence and args, queried as structs
        Set<String> fromTables = spark.sql("SELECT f.id, f.type, a.path, f.evidence.start, f.evidence.end, "
                        + "f.evidence.sentence FROM facts f JOIN articles a ON f.article = a.id").collectAsList().stream()
                .map(r -> r.mkString("|")).collect(Collectors.toSet());
        Set<String> fromExport = new HashSet<>();
        Map<String, String> pathById = pathById(export(index, "articles", dir));
        for (String line : export(index, "facts", dir)) {
            Map<?, ?> fact = Json.read(line, Map.class);
            Map<?, ?> evidence = (Map<?, ?>) fact.get("evidence");
            fromExport.add(String.join("|", (String) fact.get("id"), (String) fact.get("type"),
                    pathById.get((String) fact.get("article")), String.valueOf(evidence.get("start")),
                    String.valueOf(evidence.get("end")), (String) evidence.get("sentence")));
        }
        assertFalse(fromExport.isEmpty());
        assertEquals(fromExport, fromTables);
        List<Row> flights = spark.sql("SELECT args.person FROM facts WHERE type = 'FLIGHT_ASSIGNMENT'").collectAsList();
        assertTrue(flights.stream().allMatch(r -> r.getString(0) != null), "every flight names its person");
        assertEquals(export(index, "entities", dir).size(), spark.sql("SELECT * FROM entities").count());
        assertEquals(List.of("no such file or directory"),
                spark.sql("SELECT reason FROM rejected").collectAsList().stream().map(r -> r.getString(0)).toList());
    }

    @Test
    void aTaskThatFailsAndIsRetriedLeavesNoDuplicateAndNoMissingArticle(@TempDir Path dir) throws IOException {
        Path index = dir.resolve("index");
        Path staging = dir.resolve("staging");
        int before = InjectedFailure.thrown();
        SparkIngestSummary summary = new SparkIngest(SparkIngestConfig.of(List.of("corpus"), index).withPartitions(2)
                .withStaging(staging.toUri().toString()).failingFirstAttemptOf(0)).run(spark);

        assertEquals(1, InjectedFailure.thrown() - before, "the first attempt of partition 0 failed once");
        assertEquals(CorpusIndex.firstIngest().added(), summary.indexed());
        for (String kind : KINDS) {
            assertEquals(export(CorpusIndex.path(), kind, dir), export(index, kind, dir), kind);
        }
        assertFalse(Files.exists(staging), "staged shards, the failed attempt's too, are gone");
    }

    @Test
    void aRerunAddsOnlyNewAndChangedArticles(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus");
        copy(Path.of("corpus"), corpus);
        Path index = dir.resolve("index");
        SparkIngestConfig config = SparkIngestConfig.of(List.of(corpus.toString()), index);
        long first = new SparkIngest(config).run(spark).indexed();

        Path changed;
        try (Stream<Path> files = Files.walk(corpus)) {
            changed = files.filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed)
                + "\nOlga Varga was appointed director of the Northern Aerospace Agency on Monday.\n");
        Files.writeString(corpus.resolve("added.txt"), "Crew named for the spring flight\n\n"
                + "Mira Solano will fly to Meridian Station next spring, the Northern Aerospace Agency said.\n");
        SparkIngestSummary rerun = new SparkIngest(config).run(spark);

        assertEquals(List.of(), rerun.rejected());
        assertEquals(2, rerun.indexed(), "the changed and the new article");
        assertEquals(first - 1, rerun.unchanged());
        List<String> articles = export(index, "articles", dir);
        assertEquals(first + 1, articles.size());
        Map<String, String> pathById = pathById(articles);
        assertEquals(articles.size(), pathById.size(), "no id twice");
        assertEquals(articles.size(), Set.copyOf(pathById.values()).size(), "no path twice");
        try (ArticleIndexer indexer = ArticleIndexer.open(IndexConfig.at(index))) {
            assertTrue(indexer.pathToId().keySet().stream().anyMatch(p -> p.endsWith("added.txt")));
        }
    }

    @Test
    void readsParquetTablesOfArticlesAndRejectsRowsWithoutTextAndUnreadableTables(@TempDir Path dir) throws IOException {
        String table = dir.resolve("wire.parquet").toString();
        StructType schema = new StructType().add("title", DataTypes.StringType).add("date", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("url", DataTypes.StringType);
        spark.createDataFrame(List.of(
                RowFactory.create("Agency names a new director", "2031-03-02",
                        "The Northern Aerospace Agency named Olga Varga its director on Monday.", "https://example.org/1"),
                RowFactory.create("Empty wire item", "2031-03-03", " ", null)), schema)
                .coalesce(1).write().parquet(table);
        Path index = dir.resolve("index");
        String missing = dir.resolve("missing.parquet").toString();
        SparkIngestSummary summary = new SparkIngest(SparkIngestConfig.of(List.of(table, missing), index)).run(spark);

        assertEquals(1, summary.indexed());
        assertEquals(2, summary.rejected().size(), summary.rejected().toString());
        assertEquals(missing, summary.rejected().get(0).path());
        assertTrue(summary.rejected().get(0).reason().startsWith("cannot read as Parquet: "));
        assertEquals(new SparkIngestSummary.Rejection(table + "#2", "no article text"), summary.rejected().get(1));
        List<String> articles = export(index, "articles", dir);
        assertEquals(1, articles.size());
        Map<?, ?> article = Json.read(articles.get(0), Map.class);
        assertEquals(table + "#1", article.get("path"));
        assertEquals("2031-03-02", article.get("date"));
        assertEquals("Agency names a new director", article.get("title"));
    }

    /** {@code newsfacts export --what KIND} of an index, in-process, sorted (order aside). */
    private static List<String> export(Path index, String kind, Path scratch) throws IOException {
        Path file = Files.createTempFile(scratch, kind, ".jsonl");
        Run run = run("export", "--what", kind, "--out", file.toString(), "--index", index.toString());
        assertEquals(0, run.code(), run.err());
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.sort(null);
        return lines;
    }

    private static Map<String, String> pathById(List<String> articles) {
        return articles.stream().map(line -> Json.read(line, Map.class))
                .collect(Collectors.toMap(a -> (String) a.get("id"), a -> (String) a.get("path")));
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
