package org.newsfacts.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.newsfacts.bench.SyntheticArticle;
import org.newsfacts.bench.SyntheticArticleGenerator;
import org.newsfacts.corpus.CorpusLayerFactory;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.index.CorpusLayerBuilder;
import org.newsfacts.json.Json;
import org.newsfacts.model.Analysis;
import scala.Tuple2;

/**
 * {@code bench spark-layer}-like measurement, run by hand (README "Spark", bench/RESULTS.md scale note): the
 * corpus layer of N generated articles (the analyses {@code bench search} indexes, no NLP) computed by
 * {@link SparkCorpusLayer} in local mode and streamed to the driver, against the baseline of the same records
 * computed in one JVM by {@code ingest}'s {@link CorpusLayerFactory} (what {@code reindex-corpus} and a bulk
 * {@code ingest} run), in the same process. Checks that both give the same records.
 *
 * <p>Usage: {@code java ... org.newsfacts.spark.SparkLayerBench ARTICLES MASTER}
 */
public final class SparkLayerBench {
    private SparkLayerBench() {
    }

    public static void main(String[] args) {
        int articles = Integer.parseInt(args[0]);
        String master = args.length > 1 ? args[1] : "local[2]";
        SyntheticArticleGenerator generator = new SyntheticArticleGenerator(7, 30_000, 200, 1_150);
        List<Analysis> analyses = new ArrayList<>(articles);
        List<Tuple2<String, String>> json = new ArrayList<>(articles);
        for (int i = 1; i <= articles; i++) {
            SyntheticArticle a = generator.next(String.format("synthetic/%06d.txt", i));
            analyses.add(a.analysis());
            json.add(new Tuple2<>(a.analysis().article().id(), Json.write(a.analysis())));
        }

        long started = System.nanoTime();
        CorpusLayerBuilder.Records whole = CorpusLayerFactory.of(Gazetteer.bundled()).build(analyses);
        double wholeSeconds = (System.nanoTime() - started) / 1e9;

        SparkSession spark = SparkSession.builder().master(master).appName("newsfacts-layer-bench")
                .config("spark.ui.enabled", "false").getOrCreate();
        try {
            JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            JavaPairRDD<String, String> input = JavaPairRDD.fromJavaRDD(jsc.parallelize(json, 4 * jsc.defaultParallelism()));
            input.count(); // the input in place before the clock starts, as the tasks' analyses are
            started = System.nanoTime();
            SparkCorpusLayer layer = new SparkCorpusLayer(input);
            List<String> entities = new ArrayList<>();
            List<String> facts = new ArrayList<>();
            for (Iterator<?> it = layer.entities(); it.hasNext(); ) {
                entities.add(Json.write(it.next()));
            }
            for (Iterator<?> it = layer.facts(); it.hasNext(); ) {
                facts.add(Json.write(it.next()));
            }
            double sparkSeconds = (System.nanoTime() - started) / 1e9;
            boolean same = sorted(entities).equals(sorted(whole.entities().stream().map(Json::write).toList()))
                    && sorted(facts).equals(sorted(whole.facts().stream().map(Json::write).toList()));
            System.out.printf(Locale.ROOT, "| %d articles | %d entities, %d merged facts | one JVM (CorpusLayerFactory) "
                            + "%.1f s | Spark %s %.1f s | same records: %s |%n", articles, entities.size(), facts.size(),
                    wholeSeconds, master, sparkSeconds, same);
        } finally {
            spark.stop();
        }
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
