package org.newsfacts.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfacts.config.IngestConfig;
import org.newsfacts.config.NlpConfig;
import org.newsfacts.ingest.ArticleFileReader;
import org.newsfacts.ingest.Ingested;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRejectedException;
import org.newsfacts.pipeline.ArticleAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts extract FILE}: one file's analysis as JSON, without touching the index. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Print the analysis (article, entities, facts) of one file as JSON; the index is not touched.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "Article files (.txt .md .html .htm .json .jsonl); the models load once for all of them.")
    List<Path> files;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Date to use when the file gives none.")
    String date;

    @Override
    public Integer call() throws Exception {
        ArticleFileReader reader = new ArticleFileReader(new IngestConfig(IngestConfig.DEFAULT_MAX_BYTES, date));
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleAnalyzer analyzer = null;
        int status = ExitCodes.OK;
        Iterable<Ingested> items = () -> files.stream().flatMap(f -> reader.read(f).stream()).iterator();
        for (Ingested item : items) {
            if (item instanceof Ingested.Rejected rejected) {
                err.println("rejected [" + Printable.line(rejected.path()) + "]: " + Printable.line(rejected.reason()));
                status = ExitCodes.REJECTED;
            } else if (item instanceof Ingested.Read read) {
                if (analyzer == null) {
                    analyzer = ArticleAnalyzer.standard(NlpConfig.defaults(), common.verbose);
                }
                try {
                    out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(analyzer.analyze(read.article())));
                } catch (ArticleRejectedException e) {
                    err.println("rejected [" + Printable.line(read.article().path()) + "]: " + Printable.line(e.getMessage()));
                    status = ExitCodes.REJECTED;
                }
            }
        }
        out.flush();
        err.flush();
        return status;
    }
}
