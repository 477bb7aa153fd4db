package org.newsfacts.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsfacts.corpus.CorpusView;
import org.newsfacts.json.Json;
import org.newsfacts.model.ArticleRecord;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.MergedFact;
import org.newsfacts.model.Newest;
import org.newsfacts.model.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts entities}: the entities of the whole corpus, one per real-world thing, by the number
 * of articles naming them; {@code entities NAME} shows one with its newest articles and merged facts (all
 * of them with {@code --all} or {@code --json}): an agency of a large corpus is named in thousands, more
 * than a person reads in a terminal, and reading them all is most of a cold lookup's time.
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "List entities across the corpus, or show one (entities NAME).")
final class EntitiesCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "NAME", description = "Show this entity: any spelling, a full name, or a surname.")
    List<String> name = List.of();

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Only entities of this type: ${COMPLETION-CANDIDATES} (dates are listed only when asked for).")
    EntityType type;

    @Option(names = "--name", paramLabel = "PREFIX", description = "Only entities whose name starts with PREFIX (any case).")
    String prefix;

    @Option(names = "--limit", paramLabel = "N", description = "At most N entities (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Option(names = "--json", description = "Print JSON: an array of entities, or {\"entity\", \"articles\", \"facts\"}.")
    boolean json;

    @Option(names = "--all", description = "With NAME: every article and merged fact, not only the newest " + NEWEST + " of each.")
    boolean all;

    /** How many of an entity's articles, and of its merged facts, are shown without {@code --all}. */
    static final int NEWEST = 20;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new UsageException("--limit must not be negative, got " + limit);
        }
        if (all && name.isEmpty()) {
            throw new UsageException("--all lists every article and fact of one entity: give its NAME");
        }
        EntityType wanted = type;
        PrintWriter out = Printable.writer(spec.commandLine().getOut());
        try (CorpusView corpus = IndexReading.corpus(common.indexDirectory())) {
            if (name.isEmpty()) {
                list(corpus, wanted, out);
            } else {
                show(corpus, IndexReading.entity(corpus, String.join(" ", name), wanted), out);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void list(CorpusView corpus, EntityType wanted, PrintWriter out) {
        List<CorpusEntity> entities;
        try (Stream<CorpusEntity> listed = corpus.entities(wanted, prefix)) {
            entities = listed.limit(limit).toList();
        }
        if (json) {
            out.println(Json.write(entities));
            return;
        }
        out.printf("%-30s %-12s %8s %8s  %-10s %-10s %s%n", "NAME", "TYPE", "ARTICLES", "MENTIONS", "FIRST", "LAST", "ALIASES");
        for (CorpusEntity e : entities) {
            out.printf("%-30s %-12s %8d %8d  %-10s %-10s %s%n", e.name(), e.type(), e.articles(), e.mentions(),
                    dash(e.firstDate()), dash(e.lastDate()), String.join(", ", e.aliases()));
        }
    }

    private void show(CorpusView corpus, CorpusEntity entity, PrintWriter out) throws IOException {
        if (json) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("entity", entity);
            body.put("articles", corpus.articlesOf(entity.id()));
            body.put("facts", corpus.factsAbout(entity.id()));
            out.println(Json.write(body));
            return;
        }
        Newest<ArticleRecord> articles = all ? new Newest<>(corpus.articlesOf(entity.id()), 0, 0)
                : corpus.newestArticlesOf(entity.id(), NEWEST);
        Newest<MergedFact> facts = all ? new Newest<>(corpus.factsAbout(entity.id()), 0, 0)
                : corpus.newestFactsAbout(entity.id(), NEWEST);
        out.printf("%s  (%s, %s%s)%n", entity.name(), entity.type(), entity.id(),
                entity.wikidata() == null ? "" : ", wikidata " + entity.wikidata());
        out.printf("  aliases:  %s%n", entity.aliases().isEmpty() ? "-" : String.join(", ", entity.aliases()));
        out.printf("  mentions: %d in %s, %s .. %s%n", entity.mentions(), IndexReading.plural(entity.articles(), "article"),
                dash(entity.firstDate()), dash(entity.lastDate()));
        out.printf("%narticles (%d)%n", articles.total());
        earlier(articles, "article", out);
        for (ArticleRecord a : articles.items()) {
            out.printf("  %-10s  %s  %s%n      %s%n", dash(a.date()), a.id(), a.title() == null ? "-" : a.title(), a.path());
        }
        later(articles, "article", "without a date", out);
        out.printf("%nfacts (%d)%n", facts.total());
        earlier(facts, "fact", out);
        for (MergedFact f : facts.items()) {
            out.printf("  %-10s  %-17s  %s  [%s]%n", f.date() == null ? "undated" : f.date(), f.type(),
                    FactLines.summary(f), IndexReading.plural(FactLines.articles(f), "article"));
            FactLines.conflicts(f).forEach(c -> out.printf("  %-10s  %-17s  %s%n", "", "", c));
        }
        later(facts, "fact", "without a known year", out);
    }

    /** The line standing for the older items left out, above the newest. */
    private static void earlier(Newest<?> listed, String what, PrintWriter out) {
        if (listed.earlier() > 0) {
            out.printf("  … %s (--all or --json for every one)%n", IndexReading.plural(listed.earlier(), "earlier " + what));
        }
    }

    /** The line standing for the items left out after the newest: those without a date, listed last. */
    private static void later(Newest<?> listed, String what, String undated, PrintWriter out) {
        if (listed.later() > 0) {
            out.printf("  … %s %s (--all or --json for every one)%n", IndexReading.plural(listed.later(), "more " + what), undated);
        }
    }

    private static String dash(String s) {
        return s == null ? "-" : s;
    }
}
