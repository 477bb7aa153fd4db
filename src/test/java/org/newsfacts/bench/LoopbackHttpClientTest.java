package org.newsfacts.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The load test's client reads whole responses, sized or chunked, over one kept connection. */
class LoopbackHttpClientTest {
    @Test
    void readsSizedAndChunkedBodiesOnOneConnectionAndReportsTheStatus() throws IOException {
        byte[] sized = "{\"total\":3}".getBytes(StandardCharsets.UTF_8);
        byte[] chunked = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/sized", exchange -> {
            exchange.sendResponseHeaders(200, sized.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(sized);
            }
        });
        server.createContext("/chunked", exchange -> {
            exchange.sendResponseHeaders(200, 0); // 0: chunked
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(chunked, 0, 1000);
                body.flush();
                body.write(chunked, 1000, chunked.length - 1000);
            }
        });
        server.createContext("/missing", exchange -> {
            exchange.sendResponseHeaders(404, -1); // -1: no body
            exchange.close();
        });
        server.start();
        try (LoopbackHttpClient client = new LoopbackHttpClient(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(new LoopbackHttpClient.Response(200, sized.length), client.get("/sized?q=a"));
                assertEquals(new LoopbackHttpClient.Response(200, chunked.length), client.get("/chunked"));
                assertEquals(new LoopbackHttpClient.Response(404, 0), client.get("/missing"));
            }
        } finally {
            server.stop(0);
        }
    }
}
