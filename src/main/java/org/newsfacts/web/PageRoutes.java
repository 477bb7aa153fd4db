package org.newsfacts.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfacts.model.CorpusEntity;
import org.newsfacts.model.FactType;
import org.newsfacts.search.FactFilter;
import org.newsfacts.web.Views.ChoicePage;
import org.newsfacts.web.Views.FactRow;
import org.newsfacts.web.Views.FactsForm;
import org.newsfacts.web.Views.FactsPage;
import org.newsfacts.web.Views.Link;

/** The HTML pages, server-rendered and usable without JavaScript: search, article, entity, facts, overview. */
final class PageRoutes {
    private static final int PAGE = 20;

    private final Services services;
    private final Pages pages;

    PageRoutes(Services services, Pages pages) {
        this.services = services;
        this.pages = pages;
    }

    void register(Javalin app) {
        app.get("/", this::search);
        app.get("/about", ctx -> ctx.html(pages.about(services.overview())));
        app.get("/articles/{id}", this::article);
        app.get("/entities", this::entities);
        app.get("/entities/{id}", this::entity);
        app.get("/facts", this::facts);
    }

    /** The search page; empty, it shows the overview under the form. */
    private void search(Context ctx) {
        Params p = new Params(ctx, services.config());
        Views.SearchForm form = SearchPages.form(p.text("q"), p.text("from"), p.text("to"), p.text("entity"), p.text("fact_type"));
        int offset = p.number("offset", 0, 0, 1000);
        boolean empty = form.q() == null && form.from() == null && form.to() == null && form.entity() == null && form.factType() == null;
        Services.Found found = services.search(form.q(), form.from(), form.to(), form.entity(), form.factType(), offset, PAGE, 8);
        ctx.html(pages.search(SearchPages.of(form, found, offset, PAGE, empty ? services.overview() : null)));
    }

    private void article(Context ctx) {
        Services.ArticleData data = services.article(ctx.pathParam("id"), true);
        ctx.html(pages.article(ArticlePages.of(data.analysis(), data.text(), data.url(), data.resolved())));
    }

    /** {@code /entities?name=}: any spelling; one entity goes to its page, several are listed to choose from. */
    private void entities(Context ctx) {
        Params p = new Params(ctx, services.config());
        String name = p.text("name");
        List<CorpusEntity> found = name == null ? services.entities(p.entityType("type"), p.text("prefix"), services.config().maxPageSize())
                : services.entitiesNamed(name);
        if (name != null && found.size() == 1) {
            ctx.redirect(Hrefs.entity(found.get(0).id()));
            return;
        }
        if (name != null && found.isEmpty()) {
            throw new NotFoundException("no entity named '" + name + "' in the index");
        }
        ctx.html(pages.choice(new ChoicePage(name == null ? "all entities" : name, found.stream()
                .map(e -> new Link(e.name() + " (" + e.type() + ", " + e.articles() + " articles)", Hrefs.entity(e.id()))).toList())));
    }

    private void entity(Context ctx) {
        Services.EntityData data = services.entity(ctx.pathParam("id"));
        ctx.html(pages.entity(EntityPages.of(data, services.cooccurring(data.entity(), 10))));
    }

    /** Facts or merged facts under the filters, at most a page's worth, with downloads of all of them. */
    private void facts(Context ctx) {
        Params p = new Params(ctx, services.config());
        FactFilter filter = ApiRoutes.filter(p);
        boolean merged = p.flag("merged");
        int max = services.config().maxPageSize();
        FactRows rows = new FactRows(Hrefs::entityNamed);
        List<FactRow> shown = merged ? services.mergedFacts(filter, max + 1).stream().map(rows::of).toList()
                : services.facts(filter, max + 1).stream().map(rows::of).toList();
        String type = filter.type() == null ? null : filter.type().name();
        Map<String, String> query = Hrefs.params("what", merged ? "merged-facts" : "facts", "type", type,
                "entity", filter.entity(), "from", filter.from(), "to", filter.to());
        List<Link> downloads = new ArrayList<>();
        for (String format : List.of("jsonl", "csv")) {
            Map<String, String> withFormat = new LinkedHashMap<>(query);
            withFormat.put("format", format);
            downloads.add(new Link(format.toUpperCase(Locale.ROOT), Hrefs.query("/api/export", withFormat)));
        }
        FactsForm form = new FactsForm(type, filter.entity(), filter.from(), filter.to(), merged,
                FactType.values().stream().map(FactType::name).toList());
        ctx.html(pages.facts(new FactsPage(form, Math.min(shown.size(), max), shown.size() > max,
                shown.stream().limit(max).toList(), downloads)));
    }
}
