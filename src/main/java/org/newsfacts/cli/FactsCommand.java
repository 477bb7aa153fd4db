package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.export.JsonArrayExporter;
import org.newsfacts.json.Json;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.Fact;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacts facts}: the extracted facts, from the index alone; {@code --merged}: one per event across articles. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List extracted facts.")
final class FactsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", completionCandidates = FactTypeNames.class,
            description = "Only facts of this type: ${COMPLETION-CANDIDATES}.")
    FactType type;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only facts involving this entity (any spelling, or a surname).")
    String entity;

    @Option(names = "--json", description = "Print a JSON array of fact records.")
    boolean json;

    @Option(names = "--merged", description = "One fact per event across articles, with its sources and conflicts.")
    boolean merged;

    @Override
    public Integer call() throws Exception {
        if (merged) {
            return printMerged(type);
        }
        List<Fact> facts = IndexReading.facts(common.indexDirectory(), type, entity);
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        if (json) {
            out.flush();
            new JsonArrayExporter<>(Fact.class).write(facts.iterator(), System.out);
            System.out.flush();
            return ExitCodes.OK;
        }
        out.printf("%d fact%s%n", facts.size(), facts.size() == 1 ? "" : "s");
        for (Fact f : facts) {
            out.printf("%n%-17s %-10s conf %.2f  article %s%n", f.type(), f.date() == null ? "-" : f.date(),
                    f.confidence(), f.article());
            out.printf("    %s%n", describe(f.args()));
            out.printf("    \"%s\"%n", f.evidence().sentence().replaceAll("\\s+", " "));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int printMerged(FactType factType) throws IOException {
        List<MergedFact> facts = new ArrayList<>();
        try (CorpusView corpus = IndexReading.corpus(common.indexDirectory())) {
            if (entity == null) {
                try (Stream<MergedFact> all = corpus.mergedFacts(factType)) {
                    all.forEach(facts::add);
                }
            } else {
                for (CorpusEntity e : corpus.find(entity)) {
                    corpus.factsAbout(e.id()).stream().filter(f -> factType == null || f.type().equals(factType))
                            .filter(f -> !facts.contains(f)).forEach(facts::add);
                }
            }
        }
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        if (json) {
            out.println(Json.writer().withDefaultPrettyPrinter().writeValueAsString(facts));
            out.flush();
            return ExitCodes.OK;
        }
        out.printf("%s%n", IndexReading.plural(facts.size(), "merged fact"));
        for (MergedFact f : facts) {
            out.printf("%n%-17s %-10s conf %.2f  %s  %s%n", f.type(), f.date() == null ? "-" : f.date(), f.confidence(),
                    IndexReading.plural(FactLines.articles(f), "article"), f.id());
            out.printf("    %s%n", describe(f.args()));
            FactLines.conflicts(f).forEach(c -> out.printf("    %s%n", c));
            for (MergedFact.Source s : f.sources()) {
                out.printf("    %s: \"%s\"%n", s.article(), s.evidence() == null ? "" : s.evidence().sentence().replaceAll("\\s+", " "));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String describe(Map<String, Object> args) {
        return args.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.joining("; ", "[", "]")) : e.getValue()))
                .collect(Collectors.joining("  "));
    }
}
