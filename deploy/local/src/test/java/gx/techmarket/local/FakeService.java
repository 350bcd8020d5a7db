package gx.techmarket.local;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stands in for a Quarkus service in {@link LauncherIT}: {@code java -jar .../quarkus-run.jar}, configured by the
 * same environment variables. It is ready when it can log in to the database the launcher made for it, and shows
 * the configuration it was given at {@code /env}.
 */
public final class FakeService {

    private FakeService() {}

    public static void main(String[] args) throws IOException {
        String host = System.getenv("QUARKUS_HTTP_HOST");
        int port = Integer.parseInt(System.getenv("QUARKUS_HTTP_PORT"));
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/q/health/ready", exchange -> {
            try (Connection c = DriverManager.getConnection(System.getenv("QUARKUS_DATASOURCE_JDBC_URL"),
                    System.getenv("QUARKUS_DATASOURCE_USERNAME"), System.getenv("QUARKUS_DATASOURCE_PASSWORD"))) {
                c.createStatement().execute("select 1");
                respond(exchange, 200, "{\"status\":\"UP\"}");
            } catch (SQLException e) {
                respond(exchange, 503, "{\"status\":\"DOWN\",\"error\":\"" + e.getMessage().replace('"', '\'') + "\"}");
            }
        });
        server.createContext("/env", exchange -> {
            Map<String, String> shown = new TreeMap<>();
            System.getenv().forEach((k, v) -> {
                if (k.startsWith("QUARKUS_") || k.startsWith("KAFKA_") || k.startsWith("TECHMARKET_")) {
                    shown.put(k, v);
                }
            });
            shown.put("pid", Long.toString(ProcessHandle.current().pid()));
            StringBuilder body = new StringBuilder();
            shown.forEach((k, v) -> body.append(k).append('=').append(v).append('\n'));
            respond(exchange, 200, body.toString());
        });
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        System.out.println("fake service listening on " + host + ":" + port);
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
