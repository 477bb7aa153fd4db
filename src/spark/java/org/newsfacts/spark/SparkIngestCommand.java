package org.newsfacts.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsfacts.cli.ArticleReadingOptions;
import org.newsfacts.cli.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts-spark ingest INPUT... --index DIR}: a Spark ingest, locally or under {@code spark-submit}. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest article folders (.txt .md .html .htm .json .jsonl) and Parquet tables (.parquet) "
                + "into the index on Spark.")
final class SparkIngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Article files or folders (walked recursively; a local path, or any Hadoop URI: hdfs://, "
                    + "s3a://, file:), or Parquet tables with title, date, text and url columns (any Hadoop path).")
    List<String> inputs;

    @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index folder, on the driver.")
    Path index;

    @Option(names = "--tables", paramLabel = "DIR",
            description = "Also write articles, entities, facts and rejected as Parquet tables under DIR (any Hadoop path).")
    String tables;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else ${DEFAULT-VALUE}).", defaultValue = "local[*]")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the input files (default: twice "
            + "the cluster's cores, at least one per 250 files).")
    int partitions;

    @Option(names = "--staging", paramLabel = "DIR", description = "Hadoop folder where tasks leave their index shards "
            + "for the driver; on a cluster, one both can reach (default: a folder beside the index).")
    String staging;

    @Mixin
    ArticleReadingOptions reading;

    @Option(names = {"-v", "--verbose"}, description = "Stack traces with errors.")
    boolean verbose;

    @Override
    public Integer call() throws Exception {
        SparkIngestConfig config = config();
        SparkConf conf = new SparkConf().setAppName("newsfacts ingest");
        if (spec.commandLine().getParseResult().hasMatchedOption("--master") || !conf.contains("spark.master")) {
            conf.setMaster(master);
        }
        SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
        try {
            SparkIngestSummary summary = new SparkIngest(config).run(spark);
            report(summary, spec.commandLine().getErr());
            return summary.rejected().isEmpty() ? ExitCodes.OK : ExitCodes.REJECTED;
        } finally {
            spark.stop();
        }
    }

    /** The run the options ask for; checked before Spark starts. */
    SparkIngestConfig config() {
        return SparkIngestConfig.of(inputs, index).withTables(tables).withPartitions(partitions).withStaging(staging)
                .reading(reading.ingestConfig()).withTimeout(reading.timeout()).pruning(reading.prune());
    }

    private static void report(SparkIngestSummary summary, PrintWriter err) {
        for (SparkIngestSummary.Rejection r : summary.rejected()) {
            err.printf("rejected [%s]: %s%n", r.path(), r.reason());
        }
        err.printf(Locale.ROOT, "ingested %d new or changed articles (%d unchanged, %d rejected, %d pruned) from %d "
                        + "shards: analysis %.1f s, merge and corpus layer %.1f s%n", summary.indexed(), summary.unchanged(),
                summary.rejected().size(), summary.pruned(), summary.shards(), summary.analysis().toMillis() / 1000.0,
                summary.merge().toMillis() / 1000.0);
        err.flush();
    }
}
