package org.newsfacts.web;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders the jte templates (compiled at build time, escaping HTML by default) to strings. */
final class Pages {
    private final TemplateEngine engine;

    Pages(TemplateEngine engine) {
        this.engine = engine;
    }

    String search(Views.SearchPage page) {
        return render("search.jte", page);
    }

    String about(Views.Overview page) {
        return render("about.jte", page);
    }

    String article(Views.ArticlePage page) {
        return render("article.jte", page);
    }

    String entity(Views.EntityPage page) {
        return render("entity.jte", page);
    }

    String choice(Views.ChoicePage page) {
        return render("choice.jte", page);
    }

    String facts(Views.FactsPage page) {
        return render("facts.jte", page);
    }

    String error(int status, String message) {
        return render("error.jte", new Views.ErrorPage(status, message));
    }

    private String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }
}
