package org.newsfacts.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsfacts.config.IndexConfig;
import org.newsfacts.config.NewsfactsConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.model.FactType;
import org.newsfacts.pipeline.IngestPipeline;
import org.newsfacts.pipeline.IngestSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts ingest PATH...}: read, analyse and index article folders. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest article files and folders (.txt .md .html .htm .json .jsonl) into the index.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to ingest (walked recursively).")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: available processors).")
    Integer threads;

    @Mixin
    ArticleReadingOptions reading;

    @Option(names = "--commit-every", paramLabel = "N",
            description = "Commit the index every N articles: a crash loses at most N, which a rerun redoes (default: ${DEFAULT-VALUE}).")
    int commitEvery = IndexConfig.DEFAULT_COMMIT_EVERY;

    @Override
    public Integer call() throws Exception {
        NewsfactsConfig config = new NewsfactsConfig(
                reading.ingestConfig(),
                NlpConfig.defaults().withArticleTimeout(reading.timeout()),
                new IndexConfig(common.indexDirectory(), commitEvery),
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        ConsoleProgress progress = new ConsoleProgress(spec.commandLine().getErr(), System.console() != null);
        MemoizedAnalyzer analyzer = new MemoizedAnalyzer(config.nlp(), common.verbose);
        IngestSummary summary = new IngestPipeline(config, analyzer, progress).run(paths, reading.prune());
        report(summary, config, analyzer.coreNlpLoadTime());
        return summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
    }

    private void report(IngestSummary s, NewsfactsConfig config, Optional<Duration> loadTime) {
        var err = spec.commandLine().getErr();
        double seconds = s.elapsed().toMillis() / 1000.0;
        err.printf("ingested %d articles in %.1f s: %d new, %d updated, %d unchanged, %d rejected, %d pruned; %d not in English%n",
                s.analysed() + s.unchanged(), seconds, s.added(), s.updated(), s.unchanged(), s.rejected(), s.pruned(),
                s.nonEnglish());
        String byType = FactType.values().stream()
                .map(t -> t + " " + s.facts().getOrDefault(t, 0L)).collect(Collectors.joining(", "));
        err.printf("  entities %d, facts %d (%s)%n", s.entities(), s.factCount(), byType);
        if (s.tokens() > 0 && seconds > 0) {
            err.printf("  %d tokens analysed, %.0f tokens/s, %d threads%n", s.tokens(), s.tokens() / seconds, config.threads());
        }
        loadTime.ifPresent(t -> err.printf("  CoreNLP loaded in %.1f s%n", t.toMillis() / 1000.0));
        err.printf("  index: %s%n", config.index().directory());
        err.flush();
    }
}
