package org.newsfacts.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.export.ExportFormat;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.UsageException;
import org.newsfacts.search.FactFilter;

/**
 * The JSON API under {@code /api/}: the shapes of the CLI's {@code --json} output and of {@code export}
 * records, so a script can move between the two without a new parser.
 */
final class ApiRoutes {
    private final Services services;

    ApiRoutes(Services services) {
        this.services = services;
    }

    void register(Javalin app) {
        app.get("/api/search", this::search);
        app.get("/api/articles/{id}", this::article);
        app.get("/api/entities", this::entities);
        app.get("/api/entities/{id}", this::entity);
        app.get("/api/timeline", this::timeline);
        app.get("/api/facts", this::facts);
        app.get("/api/export", this::export);
    }

    /** As {@code search --json [--facets]}: {"total", "hits", "facets"?}, paged by offset and limit. */
    private void search(Context ctx) {
        Params p = params(ctx);
        Services.Found found = services.search(p.text("q"), p.text("from"), p.text("to"), p.text("entity"),
                p.text("fact_type"), p.number("offset", 0, 0, 1000), p.limit(10), p.flag("facets") ? 10 : 0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", found.results().total());
        body.put("hits", found.results().hits());
        if (found.facets() != null) {
            body.put("facets", found.facets());
        }
        WebServer.json(ctx, body);
    }

    /** As {@code extract}: {"article", "entities", "facts"}, plus the text the evidence offsets point into. */
    private void article(Context ctx) {
        Services.ArticleData data = services.article(ctx.pathParam("id"), false);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article", data.analysis().article());
        body.put("entities", data.analysis().entities());
        body.put("facts", data.analysis().facts());
        body.put("text", data.text());
        WebServer.json(ctx, body);
    }

    /** As {@code entities --json}: an array of corpus entities; {@code name} finds any spelling instead. */
    private void entities(Context ctx) {
        Params p = params(ctx);
        String name = p.text("name");
        if (name != null) {
            WebServer.json(ctx, services.entitiesNamed(name));
            return;
        }
        WebServer.json(ctx, services.entities(p.entityType("type"), p.text("prefix"), p.limit(50)));
    }

    /** As {@code entities NAME --json}: {"entity", "articles", "facts"}. */
    private void entity(Context ctx) {
        Services.EntityData data = services.entity(ctx.pathParam("id"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", data.entity());
        body.put("articles", data.articles());
        body.put("facts", data.facts());
        WebServer.json(ctx, body);
    }

    /** As {@code timeline NAME --json}: {"entity", "facts"}, by {@code entity} (a name or an id). */
    private void timeline(Context ctx) {
        Params p = params(ctx);
        String name = p.text("entity");
        if (name == null) {
            throw new UsageException("entity is required (a name, any spelling, or an entity id)");
        }
        Services.EntityData data = services.timeline(name, p.factType("type"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", data.entity());
        body.put("facts", data.timeline());
        WebServer.json(ctx, body);
    }

    /** As {@code facts --json} (or {@code --merged} with merged=true): an array of fact records. */
    private void facts(Context ctx) {
        Params p = params(ctx);
        FactFilter filter = filter(p);
        int limit = p.limit(services.config().maxPageSize());
        WebServer.json(ctx, p.flag("merged") ? services.mergedFacts(filter, limit)
                : services.facts(filter, limit));
    }

    /** As {@code export --what W --format F}, streamed, with the facts page's filters applied to facts. */
    private void export(Context ctx) {
        Params p = params(ctx);
        String what = p.text("what") == null ? "facts" : p.text("what").toLowerCase(Locale.ROOT);
        ExportFormat format = format(p.text("format"));
        FactFilter filter = filter(p);
        ctx.contentType(switch (format) {
            case CSV -> "text/csv; charset=utf-8";
            case JSON -> "application/json; charset=utf-8";
            case JSONL -> "application/x-ndjson; charset=utf-8";
        });
        ctx.header("Content-Disposition", "attachment; filename=\"" + what + "." + format.extension() + "\"");
        services.export(what, format, filter, ctx.outputStream());
    }

    static FactFilter filter(Params p) {
        return new FactFilter(p.factType("type"), p.text("entity"), p.text("from"), p.text("to"));
    }

    static ExportFormat format(String value) {
        if (value == null) {
            return ExportFormat.JSONL;
        }
        try {
            return ExportFormat.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageException("format must be jsonl, json or csv, got '" + value + "'");
        }
    }

    /** The one entity a name means: 404 for none, 400 listing the candidates for several. */
    static CorpusEntity one(List<CorpusEntity> found, String name) {
        if (found.isEmpty()) {
            throw new NotFoundException("no entity named '" + name + "' in the index");
        }
        if (found.size() > 1) {
            throw new UsageException("'" + name + "' may mean " + found.stream().limit(10)
                    .map(e -> e.name() + " (" + e.type() + ", " + e.id() + ")").toList() + "; give the full name or the id");
        }
        return found.get(0);
    }

    private Params params(Context ctx) {
        return new Params(ctx, services.config());
    }
}
