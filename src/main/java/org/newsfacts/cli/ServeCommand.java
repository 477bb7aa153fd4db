package org.newsfacts.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsfacts.model.UsageException;
import org.newsfacts.web.WebConfig;
import org.newsfacts.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsfacts serve}: the read-only web app and JSON API over the index, until interrupted. Its fields
 * are plain types, so registering the command loads no server class: other commands start as fast as before.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve a read-only web app and JSON API over the index (Ctrl-C stops it).")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host = WebConfig.DEFAULT_HOST;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) {
            throw new UsageException("--port must be 0..65535, got " + port);
        }
        WebServer server = WebServer.start(WebConfig.defaults(common.indexDirectory(), host, port));
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "newsfacts-web-stop"));
        // the address alone on stdout, for scripts (with --port 0 it is the only way to learn the port)
        PrintWriter out = spec.commandLine().getOut();
        out.printf("http://%s:%d/%n", host.contains(":") ? "[" + host + "]" : host, server.port());
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        err.printf("newsfacts: serving %s read-only (Ctrl-C stops)%n", common.indexDirectory());
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
