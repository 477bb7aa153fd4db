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
import java.util.Arrays;
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
import org.newsfacts.corpus.CorpusViews;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.index.ArticleIndexer;
import org.newsfacts.json.Json;
import org.newsfacts.pipeline.CorpusIndex;
import org.newsfacts.robust.Cli.Run;
import picocli.CommandLine;

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
        CorpusViews.assertLayerIsFullRecomputation(index, Gazetteer.bundled(), "the layer computed on Spark");

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

    /**
     * Folders on a Hadoop path ({@code file:} URIs, read through Hadoop's FileSystem API like {@code hdfs://}
     * or {@code s3a://}): the first run gives the facts, entities and merged facts of {@code ingest}; a re-run
     * adds only new and changed articles, and with {@code --prune} drops the one whose file is gone.
     */
    @Test
    void foldersOnAHadoopPathAreIngestedAndARerunAddsOnlyNewAndChangedArticlesAndPrunes(@TempDir Path dir)
            throws IOException {
        Path corpus = dir.resolve("corpus");
        copy(Path.of("corpus"), corpus);
        Path index = dir.resolve("index");
        String missing = dir.resolve("missing.txt").toUri().toString();
        SparkIngestSummary first = new SparkIngest(SparkIngestConfig.of(List.of(corpus.toUri().toString(), missing),
                index)).run(spark);

        assertEquals(CorpusIndex.firstIngest().added(), first.indexed());
        assertEquals(List.of(new SparkIngestSummary.Rejection(missing, "no such file or directory")), first.rejected());
        for (String kind : List.of("facts", "entities", "merged-facts")) {
            assertEquals(export(CorpusIndex.path(), kind, dir), export(index, kind, dir), kind);
        }
        List<String> articles = export(index, "articles", dir);
        assertTrue(pathById(articles).values().stream().allMatch(p -> p.startsWith("file:/")), articles.toString());

        Path changed;
        Path deleted;
        try (Stream<Path> all = Files.walk(corpus)) {
            List<Path> files = all.filter(Files::isRegularFile).sorted().toList();
            changed = files.stream().filter(f -> f.toString().endsWith(".txt")).findFirst().orElseThrow();
            deleted = files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow();
        }
        Files.writeString(changed, Files.readString(changed)
                + "\nOlga Varga was appointed director of the Northern Aerospace Agency on Monday.\n");
        Files.delete(deleted);
        Files.writeString(corpus.resolve("added.txt"), "Crew named for the spring flight\n\n"
                + "Mira Solano will fly to Meridian Station next spring, the Northern Aerospace Agency said.\n");
        SparkIngestSummary rerun = new SparkIngest(SparkIngestConfig.of(List.of(corpus.toUri().toString()), index)
                .pruning(true)).run(spark);

        assertEquals(List.of(), rerun.rejected());
        assertEquals(2, rerun.indexed(), "the changed and the new article");
        assertEquals(1, rerun.pruned(), "the deleted file's article");
        assertEquals(first.indexed() - 2, rerun.unchanged());
        articles = export(index, "articles", dir);
        assertEquals(first.indexed(), articles.size());
        Map<String, String> pathById = pathById(articles);
        assertEquals(articles.size(), pathById.size(), "no id twice");
        assertEquals(articles.size(), Set.copyOf(pathById.values()).size(), "no path twice");
        assertTrue(pathById.values().stream().anyMatch(p -> p.endsWith("/added.txt")));
        CorpusViews.assertLayerIsFullRecomputation(index, Gazetteer.bundled(), "after the re-run");
    }

    /**
     * {@code --date}, {@code --max-bytes} and {@code --timeout} mean what they mean to {@code ingest}: the same
     * articles (dates included) and the same rejections, reason for reason.
     */
    @Test
    void ingestOptionsGiveTheArticlesAndRejectionsOfIngest(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("undated.txt"), "Agency names a director\n\n"
                + "The Northern Aerospace Agency named Olga Varga its director on Monday.\n");
        Files.writeString(in.resolve("big.txt"), "A long report\n\n"
                + "Mira Solano trained for the flight to Meridian Station. ".repeat(80));
        Files.writeString(in.resolve("dump.jsonl"), "{\"title\": \"Short\", \"text\": \"Ivan Lebed joined the crew.\"}\n"
                + "{\"title\": \"Long\", \"text\": \"" + "Ivan Lebed trained for months. ".repeat(120) + "\"}\n");
        String[] options = {"--date", "2031-05-04", "--max-bytes", "3000"};
        Path ingested = dir.resolve("ingested");
        Run ingest = run(concat(new String[] {"ingest", in.toString(), "--index", ingested.toString()}, options));
        Path index = dir.resolve("index");
        SparkIngestConfig config = parse(concat(new String[] {"ingest", in.toString(), "--index", index.toString()},
                options));
        SparkIngestSummary summary = new SparkIngest(config).run(spark);

        assertEquals(1, ingest.code(), ingest.both());
        List<String> sparkRejections = summary.rejected().stream()
                .map(r -> "rejected [" + r.path() + "]: " + r.reason()).sorted().toList();
        assertEquals(ingest.err().lines().filter(l -> l.startsWith("rejected [")).sorted().toList(), sparkRejections);
        assertEquals(2, sparkRejections.size(), sparkRejections.toString());
        List<String> articles = export(index, "articles", dir);
        assertEquals(export(ingested, "articles", dir), articles);
        assertTrue(articles.stream().allMatch(a -> a.contains("\"date\":\"2031-05-04\"")), articles.toString());

        Path slow = Files.createDirectories(dir.resolve("slow"));
        Path longOne = slow.resolve("long.txt");
        StringBuilder text = new StringBuilder("A very long account\n\n");
        for (int i = 0; i < 1500; i++) {
            text.append("Olga Varga reviewed flight plan ").append(i).append(" with the Northern Aerospace Agency. ");
        }
        Files.writeString(longOne, text);
        // 1,500 sentences cannot be analysed within a millisecond on any machine, so no clock decides the outcome
        SparkIngestSummary timed = new SparkIngest(parse("ingest", slow.toString(), "--index",
                dir.resolve("timed").toString(), "--timeout", "1ms")).run(spark);
        assertEquals(List.of(new SparkIngestSummary.Rejection(longOne.toString(), "analysis took longer than 1 ms")),
                timed.rejected());
        assertEquals(0, timed.indexed());
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

    /** The configuration {@code newsfacts-spark} builds from these arguments. */
    private static SparkIngestConfig parse(String... args) {
        CommandLine.ParseResult parsed = SparkNewsfacts.commandLine().parseArgs(args);
        return ((SparkIngestCommand) parsed.subcommand().commandSpec().userObject()).config();
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
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
