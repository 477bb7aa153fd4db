package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.eval.EntityGoldReader;
import org.newsfacts.eval.EntityReport;
import org.newsfacts.eval.EntityScorer;
import org.newsfacts.eval.EvalReport;
import org.newsfacts.eval.FactScorer;
import org.newsfacts.eval.GoldFact;
import org.newsfacts.eval.GoldEntity;
import org.newsfacts.eval.GoldReader;
import org.newsfacts.eval.PredictedEntity;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.UsageException;
import org.newsfacts.pipeline.IngestPipeline;
import org.newsfacts.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts eval --gold GOLD PATH...}: ingests PATH (into a temporary index unless --index is
 * given) and scores the extracted facts against hand-made gold facts, with the reference scorer's rules;
 * {@code --entity-gold} scores each article's entities the way {@code score-entities.py} does.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score extracted facts against gold facts (per type and overall P/R/F1, slot P/R/F1), "
                + "and/or each article's entities against entity gold (per group and overall P/R/F1).")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Gold facts, one JSON object per line.")
    Path gold;

    @Option(names = "--entity-gold", paramLabel = "GOLD.jsonl",
            description = "Gold entities per article (article, type, name, forms), one JSON object per line.")
    Path entityGold;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders to evaluate on.")
    List<Path> paths;

    @Option(names = "--types", split = ",", paramLabel = "TYPE",
            completionCandidates = FactTypeNames.class,
            description = "Fact types to score, of ${COMPLETION-CANDIDATES} (default: FLIGHT_ASSIGNMENT,LEADERSHIP_CHANGE,AGREEMENT).")
    List<FactType> types;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        if (gold == null && entityGold == null) {
            throw new UsageException("eval needs --gold, --entity-gold or both");
        }
        List<GoldFact> goldFacts = gold == null ? null : readGold();
        List<GoldEntity> goldEntities = entityGold == null ? null : readEntityGold();
        Set<FactType> scored = types == null ? FactScorer.HEADLINE_TYPES : new TreeSet<>(types);
        boolean temporary = common.index == null && System.getenv("NEWSFACTS_INDEX") == null;
        Path index = temporary ? Files.createTempDirectory("newsfacts-eval") : common.indexDirectory();
        try {
            NewsfactsConfig config = new NewsfactsConfig(IngestConfig.defaults(), NlpConfig.defaults(), IndexConfig.at(index),
                    threads != null ? threads : Runtime.getRuntime().availableProcessors());
            ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), System.console() != null);
            IngestSummary summary = new IngestPipeline(config, new MemoizedAnalyzer(config.nlp(), common.verbose), progress)
                    .run(paths, false);
            List<ArticleRecord> articles = new ArrayList<>();
            List<Fact> facts = new ArrayList<>();
            List<PredictedEntity> entities = new ArrayList<>();
            IndexReading.forEach(index, analysis -> {
                articles.add(analysis.article());
                facts.addAll(analysis.facts());
                String name = FactScorer.fileName(analysis.article().path());
                analysis.entities().forEach(e -> entities.add(
                        new PredictedEntity(name, e.type().name(), e.name(), e.aliases())));
            });
            PrintWriter out = spec.commandLine().getOut();
            if (goldFacts != null) {
                EvalReport report = new FactScorer(scored).score(goldFacts, articles, facts);
                if (common.verbose) {
                    out.print(report.toListing());
                }
                out.print(report.toTable());
            }
            if (goldEntities != null) {
                EntityReport report = new EntityScorer().score(goldEntities, entities);
                if (common.verbose) {
                    out.print(report.toListing());
                }
                out.print(report.toTable());
            }
            out.flush();
            spec.commandLine().getErr().printf("evaluated %d articles (%d analysed) in %.1f s%n",
                    articles.size(), summary.analysed(), summary.elapsed().toMillis() / 1000.0);
            return summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
        } finally {
            if (temporary) {
                deleteTree(index);
            }
        }
    }

    private List<GoldFact> readGold() {
        try {
            return GoldReader.read(gold);
        } catch (IOException e) {
            throw new UsageException("cannot read gold file: " + e.getMessage(), e);
        }
    }

    private List<GoldEntity> readEntityGold() {
        try {
            return EntityGoldReader.read(entityGold);
        } catch (IOException e) {
            throw new UsageException("cannot read entity gold file: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
