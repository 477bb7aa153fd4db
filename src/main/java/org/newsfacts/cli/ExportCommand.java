package org.newsfacts.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.export.AtomicFileWriter;
import org.newsfacts.export.ExportFormat;
import org.newsfacts.export.JsonLinesExporter;
import org.newsfacts.model.Analysis;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Entity;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.AnalysisStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts export}: records exactly as FACTS-SCHEMA v1 describes them, streamed from the index.
 * A file is written atomically: a crash never leaves half an export under the name asked for.
 */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export facts, merged facts, entities or articles.")
final class ExportCommand implements Callable<Integer> {
    private static final Set<String> KINDS = Set.of("facts", "merged-facts", "entities", "articles");

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--what", paramLabel = "WHAT", description = "facts, merged-facts, entities or articles (default: ${DEFAULT-VALUE}).")
    String what = "facts";

    @Option(names = "--format", paramLabel = "FORMAT", description = "jsonl, json or csv (default: ${DEFAULT-VALUE}).")
    String format = "jsonl";

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE (atomically: a temporary file, then a rename; a symbolic link keeps pointing "
                    + "to the new file) instead of standard output; '-' is standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        ExportFormat exportFormat = parseFormat(format);
        String kind = what.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
            throw new UsageException("--what must be facts, merged-facts, entities or articles, got '" + what + "'");
        }
        Path index = common.indexDirectory();
        if (out != null && Files.isDirectory(out)) {
            throw new UsageException("--out " + out + " is a folder: give a file name");
        }
        if (out == null || out.toString().equals("-")) {
            spec.commandLine().getOut().flush();
            write(kind, exportFormat, index, System.out);
            System.out.flush();
        } else {
            AtomicFileWriter.write(out, stream -> write(kind, exportFormat, index, stream));
            spec.commandLine().getErr().printf("wrote %s%n", out);
        }
        return ExitCodes.OK;
    }

    private static void write(String kind, ExportFormat format, Path index, OutputStream out) throws IOException {
        if (kind.equals("entities") || kind.equals("merged-facts")) {
            try (CorpusView corpus = IndexReading.corpus(index)) {
                if (kind.equals("entities")) {
                    try (Stream<CorpusEntity> all = corpus.allEntities()) {
                        format.entities().write(all.map(e -> new Entity(e.id(), e.type(), e.name(), e.aliases(),
                                e.wikidata(), e.mentions())), out);
                    }
                } else if (format == ExportFormat.JSONL) {
                    // the stored layer keeps each merged fact's JSON line: copied as it is, the cold export streams
                    try (Stream<byte[]> all = corpus.mergedFactsJson(null)) {
                        JsonLinesExporter.writeEncoded(all.iterator(), out);
                    }
                } else {
                    try (Stream<MergedFact> all = corpus.mergedFacts(null)) {
                        format.mergedFacts().write(all, out);
                    }
                }
            }
            return;
        }
        try (AnalysisStore store = AnalysisStore.open(index); Stream<Analysis> all = store.all()) {
            if (kind.equals("facts")) {
                format.facts().write(all.flatMap(a -> a.facts().stream()), out);
            } else {
                format.articles().write(all.map(Analysis::article), out);
            }
        }
    }

    private static ExportFormat parseFormat(String format) {
        try {
            return ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--format must be jsonl, json or csv, got '" + format + "'");
        }
    }
}
