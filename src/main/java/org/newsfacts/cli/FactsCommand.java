package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsfacts.export.JsonArrayExporter;
import org.newsfacts.model.Fact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacts facts}: the extracted facts, from the index alone. */
@Command(name = "facts", mixinStandardHelpOptions = true, description = "List extracted facts.")
final class FactsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", description = "FLIGHT_ASSIGNMENT, LEADERSHIP_CHANGE, AGREEMENT or ROLE.")
    String type;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only facts involving this entity (any spelling, or a surname).")
    String entity;

    @Option(names = "--json", description = "Print a JSON array of fact records.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Fact> facts = IndexReading.facts(common.indexDirectory(), IndexReading.factType(type), entity);
        PrintWriter out = spec.commandLine().getOut();
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

    private static String describe(Map<String, Object> args) {
        return args.entrySet().stream()
                .map(e -> e.getKey() + "=" + (e.getValue() instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.joining("; ", "[", "]")) : e.getValue()))
                .collect(Collectors.joining("  "));
    }
}
