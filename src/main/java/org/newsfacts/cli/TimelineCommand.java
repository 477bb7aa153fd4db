package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.json.Json;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.MergedFact;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

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

    @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class, completionCandidates = TypeNames.class,
            description = "An entity type (which entity the name means) or a fact type (only facts of this type): "
                    + "${COMPLETION-CANDIDATES}.")
    Object type;

    @Option(names = "--json", description = "Print {\"entity\", \"facts\": [merged facts]}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // an ambiguous name is answered with "give --type": so --type takes an entity type as well as a fact type
        EntityType entityType = type instanceof EntityType e ? e : null;
        FactType factType = type instanceof FactType f ? f : null;
        CorpusEntity entity;
        List<MergedFact> facts;
        try (CorpusView corpus = IndexReading.corpus(common.indexDirectory())) {
            entity = IndexReading.entity(corpus, String.join(" ", name), entityType);
            facts = corpus.timeline(entity.id()).stream().filter(f -> factType == null || factType.equals(f.type())).toList();
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

    /** Entity types, then fact types: the values {@code --type} takes, for help and shell completion. */
    static final class TypeNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Stream.concat(Arrays.stream(EntityType.values()).map(Enum::name),
                    FactType.values().stream().map(FactType::name)).iterator();
        }
    }

    /**
     * One option, an entity type or a fact type (the names do not overlap), case-insensitive; a fact type as
     * {@link FactType#find} reads it ({@code leadership-change}); a bad value is picocli's usage error, exit 2.
     */
    static final class TypeConverter implements ITypeConverter<Object> {
        @Override
        public Object convert(String value) {
            return Arrays.stream(EntityType.values()).filter(t -> t.name().equalsIgnoreCase(value.strip()))
                    .<Object>map(t -> t).findFirst()
                    .or(() -> FactType.find(value))
                    .orElseThrow(() -> new TypeConversionException("expected an entity type " + names(Arrays.stream(EntityType.values()).map(Enum::name))
                            + " or a fact type " + names(FactType.values().stream().map(FactType::name)) + " (case-insensitive) but was '" + value + "'"));
        }

        private static String names(Stream<String> values) {
            return values.collect(Collectors.joining(", ", "(", ")"));
        }
    }
}
