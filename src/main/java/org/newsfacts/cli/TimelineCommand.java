package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.json.Json;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "NAME", description = "The entity: any spelling, a full name, or a surname.")
    List<String> name;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "An entity type (PERSON, AGENCY, ...: which entity the name means) or a fact type "
                    + "(FLIGHT_ASSIGNMENT, ...: only facts of this type).")
    String type;

    @Option(names = "--json", description = "Print {\"entity\", \"facts\": [merged facts]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // an ambiguous name is answered with "give --type": so --type takes an entity type as well as a fact type
        EntityType entityType = entityType(type);
        FactType factType = entityType == null && type != null ? factType(type) : null;
        CorpusEntity entity;
        List<MergedFact> facts;
        try (CorpusView corpus = IndexReading.corpus(common.indexDirectory())) {
            entity = IndexReading.entity(corpus, String.join(" ", name), entityType);
            facts = corpus.timeline(entity.id()).stream().filter(f -> factType == null || f.type() == factType).toList();
        }
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
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

    private static EntityType entityType(String type) {
        String name = type == null ? "" : type.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(EntityType.values()).filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    private static FactType factType(String type) {
        try {
            return IndexReading.factType(type);
        } catch (UsageException e) {
            throw new UsageException("unknown type '" + type + "': an entity type " + Arrays.toString(EntityType.values())
                    + " or a fact type " + Arrays.toString(FactType.values()));
        }
    }
}
