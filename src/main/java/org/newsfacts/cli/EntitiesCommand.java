package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfacts.entities.EntityRegistry;
import org.newsfacts.export.Json;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsfacts entities}: the entities of the whole corpus, by the number of articles naming them. */
@Command(name = "entities", mixinStandardHelpOptions = true, description = "List entities across the corpus.")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--type", paramLabel = "TYPE", description = "PERSON, AGENCY, ORGANIZATION, PLACE, SPACECRAFT, STATION or DATE.")
    String type;

    @Option(names = "--name", paramLabel = "PREFIX", description = "Only entities whose name starts with PREFIX (any case).")
    String prefix;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print a JSON array.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        EntityType wanted = parseType(type);
        String lowerPrefix = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
        List<EntityRegistry.Entry> entries = IndexReading.registry(common.indexDirectory()).entries().stream()
                .filter(e -> wanted == null || e.entity().type() == wanted)
                .filter(e -> lowerPrefix == null || e.entity().name().toLowerCase(Locale.ROOT).startsWith(lowerPrefix))
                .limit(Math.max(0, limit)).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(entries));
        } else {
            out.printf("%-34s %-12s %8s %8s  %-10s %-10s %s%n", "NAME", "TYPE", "ARTICLES", "MENTIONS", "FIRST", "LAST", "ALIASES");
            for (EntityRegistry.Entry e : entries) {
                out.printf("%-34s %-12s %8d %8d  %-10s %-10s %s%n", e.entity().name(), e.entity().type(), e.articles(),
                        e.entity().mentions(), dash(e.firstDate()), dash(e.lastDate()), String.join(", ", e.entity().aliases()));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static EntityType parseType(String type) {
        if (type == null) {
            return null;
        }
        try {
            return EntityType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("unknown entity type '" + type + "' (one of " + java.util.Arrays.toString(EntityType.values()) + ")");
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
