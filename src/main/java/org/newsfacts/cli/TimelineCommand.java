package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.export.Json;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts timeline NAME}: the merged facts about one entity, oldest first, undated last. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The chronology of merged facts about one entity (leadership changes, flights, ...).")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The entity: any spelling, a full name, or a surname.")
    List<String> name;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only facts of this type (FLIGHT_ASSIGNMENT, ...).")
    String type;

    @Option(names = "--json", description = "Print {\"entity\", \"facts\": [merged facts]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        FactType factType = IndexReading.factType(type);
        CorpusEntity entity;
        List<MergedFact> facts;
        try (CorpusView corpus = IndexReading.corpus(common.indexDirectory())) {
            entity = IndexReading.entity(corpus, String.join(" ", name), null);
            facts = corpus.timeline(entity.id()).stream().filter(f -> factType == null || f.type() == factType).toList();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("entity", entity);
            body.put("facts", facts);
            out.println(Json.write(body));
        } else {
            out.printf("%s (%s): %s from %s%n", entity.name(), entity.type(), IndexReading.plural(facts.size(), "fact"),
                    IndexReading.plural(entity.articles(), "article"));
            for (MergedFact f : facts) {
                out.printf("%-10s  %-17s  %s  [%s]%n", f.date() == null ? "undated" : f.date(), f.type(),
                        FactLines.summary(f), IndexReading.plural(FactLines.articles(f), "article"));
                FactLines.conflicts(f).forEach(c -> out.printf("%-10s  %-17s  %s%n", "", "", c));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
