package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfacts.entities.Gazetteer;
import org.newsfacts.entities.GazetteerEntry;
import org.newsfacts.entities.GazetteerQueryExpander;
import org.newsfacts.json.Json;
import org.newsfacts.model.EntityType;
import org.newsfacts.model.FactType;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.ArticleSearcher;
import org.newsfacts.search.FacetCount;
import org.newsfacts.search.FacetCounts;
import org.newsfacts.search.SearchHit;
import org.newsfacts.search.SearchRequest;
import org.newsfacts.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsfacts search QUERY}: ranked full-text search over the index; never loads NLP models. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Full-text search (Lucene syntax: terms, \"phrases\", AND/OR/NOT, field:value, wildcards).")
final class SearchCommand implements Callable<Integer> {
    private static final String BOLD = "\033[1m";
    private static final String PLAIN = "\033[0m";
    /** Private-use characters marking matches until the snippet is escaped. */
    private static final String MARK_OPEN = "\ue000";
    private static final String MARK_CLOSE = "\ue001";

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Query words (empty: every article, newest first).")
    List<String> query = List.of();

    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default: ${DEFAULT-VALUE}).")
    int limit = 10;

    @Option(names = "--json", description = "Print JSON: {\"total\", \"hits\": [...]}.")
    boolean json;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles dated on or after DATE (YYYY[-MM[-DD]]).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles dated on or before DATE.")
    String to;

    @Option(names = "--entity", paramLabel = "NAME", description = "Only articles mentioning this entity (any spelling).")
    String entity;

    @Option(names = "--fact-type", paramLabel = "TYPE",
            completionCandidates = FactTypeNames.class,
            description = "Only articles with a fact of this type: ${COMPLETION-CANDIDATES}.")
    FactType factType;

    @Option(names = "--facets", description = "Also count the top entities per type and the fact types of all hits.")
    boolean facets;

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new UsageException("--limit must not be negative, got " + limit);
        }
        Gazetteer gazetteer = Gazetteer.bundled();
        String text = new GazetteerQueryExpander(gazetteer).expand(String.join(" ", query));
        String entityName = entity == null ? null : gazetteer.lookup(entity).map(GazetteerEntry::canonical).orElse(entity);
        SearchRequest request = new SearchRequest(text, limit, from, to, entityName, factType == null ? null : factType.name());
        try (ArticleSearcher searcher = ArticleSearcher.open(common.indexDirectory())) {
            SearchResults results = searcher.search(request);
            FacetCounts counts = facets ? searcher.facets(request, 10) : null;
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("total", results.total());
                body.put("hits", results.hits());
                if (counts != null) {
                    body.put("facets", counts);
                }
                out.println(Json.write(body));
            } else {
                printHuman(out, results, counts);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private void printHuman(PrintWriter out, SearchResults results, FacetCounts counts) {
        boolean tty = System.console() != null;
        out.printf("%d hit%s%n", results.total(), results.total() == 1 ? "" : "s");
        int rank = 1;
        for (SearchHit hit : results.hits()) {
            out.printf("%n%2d. %s%s%s  (%s)  score %.2f%n", rank++, tty ? BOLD : "", Printable.line(nullToDash(hit.title())),
                    tty ? PLAIN : "", Printable.line(nullToDash(hit.date())), hit.score());
            out.printf("    %s%n", Printable.line(hit.path()));
            if (hit.snippet() != null && !hit.snippet().isBlank()) {
                out.printf("    %s%n", tty ? highlighted(hit) : Printable.line(hit.snippet("[", "]")));
            }
            if (!hit.entities().isEmpty()) {
                out.printf("    entities: %s%n", Printable.line(String.join(", ", hit.entities())));
            }
            if (!hit.facts().isEmpty()) {
                out.printf("    facts: %s%n", Printable.line(String.join(", ", hit.facts())));
            }
        }
        if (counts != null) {
            out.printf("%nfacets over %d hits%n", counts.total());
            for (Map.Entry<EntityType, List<FacetCount>> e : counts.entities().entrySet()) {
                out.printf("  %-13s %s%n", e.getKey(), join(e.getValue()));
            }
            out.printf("  %-13s %s%n", "FACT TYPES", join(counts.factTypes()));
        }
    }

    /** Bold matches on a terminal; the snippet's own control characters escaped, ours kept. */
    private static String highlighted(SearchHit hit) {
        return Printable.line(hit.snippet(MARK_OPEN, MARK_CLOSE)).replace(MARK_OPEN, BOLD).replace(MARK_CLOSE, PLAIN);
    }

    private static String join(List<FacetCount> counts) {
        return counts.stream().map(c -> Printable.line(c.value()) + " (" + c.count() + ")").reduce((a, b) -> a + ", " + b).orElse("-");
    }

    private static String nullToDash(String s) {
        return s == null ? "-" : s;
    }
}
