package org.newsfacts.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.Map;
import org.newsfacts.json.Json;

/**
 * The embedded server: Javalin on Jetty, the API and page routes, local assets, security headers and
 * the one error handler. Read-only: every route is a GET (HEAD) and nothing writes the index.
 */
public final class WebServer implements AutoCloseable {
    /** No inline script or style, nothing from another origin, no framing: article text can carry markup. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CSP,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private final Javalin app;
    private final IndexView view;
    private final RequestBudget budget;

    private WebServer(WebConfig config) {
        this.view = new IndexView(config.index());
        this.budget = new RequestBudget(config.budget());
        Pages pages = new Pages(TemplateEngine.createPrecompiled(ContentType.Html));
        Services services = new Services(view, config, budget);
        WebErrors errors = new WebErrors(pages);
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.router.ignoreTrailingSlashes = true;
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/web/static";
                files.location = Location.CLASSPATH;
                files.headers = HEADERS;
            });
        });
        app.before(ctx -> HEADERS.forEach(ctx::header));
        new ApiRoutes(services).register(app);
        new PageRoutes(services, pages).register(app);
        app.exception(Exception.class, errors::handle);
        app.error(404, errors::notFound);
    }

    /** Starts listening; {@link #port()} tells where. */
    public static WebServer start(WebConfig config) {
        WebServer server = new WebServer(config);
        server.app.start(config.host(), config.port());
        return server;
    }

    /** The port listened on (the one picked when the config asked for 0). */
    public int port() {
        return app.port();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        app.stop();
        budget.close();
        view.close();
    }

    static void json(Context ctx, Object body) {
        ctx.contentType("application/json; charset=utf-8").result(Json.writeBytes(body));
    }
}
