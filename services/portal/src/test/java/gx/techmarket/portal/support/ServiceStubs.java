package gx.techmarket.portal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The five services in one loopback HTTP server, each under its own prefix ({@code /catalogue}, {@code /demand},
 * {@code /bidding}, {@code /registry}, {@code /subsidy}): answers are set per test, and every request is recorded
 * with its headers and body so tests can check what the portal sent (token, language, JSON).
 */
public final class ServiceStubs implements AutoCloseable {

    public static final List<String> SERVICES = List.of("catalogue", "demand", "bidding", "registry", "subsidy");

    public record Call(String method, String path, String query, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private record Reply(int status, String contentType, String body) {}

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private ServiceStubs(HttpServer server) {
        this.server = server;
    }

    public static ServiceStubs start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ServiceStubs stubs = new ServiceStubs(server);
            server.createContext("/", stubs::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "service-stubs");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return stubs;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the service stubs", e);
        }
    }

    /** The base URL of one service, e.g. {@code http://127.0.0.1:41234/catalogue}. */
    public String url(String service) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + service;
    }

    /** Forgets answers and calls; every list the home pages read answers empty until a test says otherwise. */
    public void reset() {
        replies.clear();
        calls.clear();
        for (String path : List.of("/catalogue/results/mine", "/catalogue/results/review-queue", "/demand/demands/mine",
                "/demand/demands/review-queue", "/bidding/challenges", "/bidding/challenges/drafts", "/bidding/challenges/demanded", "/bidding/bids/mine",
                "/bidding/demands", "/registry/contracts/mine", "/registry/contracts/queue",
                "/subsidy/entitlements/mine", "/subsidy/programmes")) {
            json("GET", path, 200, "[]");
        }
        json("GET", "/catalogue/results", 200, "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
        json("GET", "/demand/demands", 200, "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
        json("GET", "/subsidy/entitlements", 200, "{\"items\":[],\"total\":0,\"page\":0,\"size\":50}");
    }

    public void json(String method, String path, int status, String body) {
        replies.put(method + " " + path, new Reply(status, "application/json", body));
    }

    public void problem(String method, String path, int status, String body) {
        replies.put(method + " " + path, new Reply(status, "application/problem+json", body));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method, String path) {
        return calls.stream().filter(c -> c.method().equals(method) && c.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            calls.add(new Call(method, path, exchange.getRequestURI().getRawQuery(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = replies.getOrDefault(method + " " + path, new Reply(404, "application/problem+json",
                    "{\"status\":404,\"code\":\"NOT_STUBBED\",\"title\":\"Not stubbed\",\"detail\":\"" + method + " "
                            + path + " has no answer in this test\"}"));
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }
}
