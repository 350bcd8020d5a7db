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
 * The seven services in one loopback HTTP server, each under its own prefix ({@code /catalogue}, {@code /demand},
 * {@code /bidding}, {@code /registry}, {@code /subsidy}, {@code /notification}, {@code /directory}): answers are set per test, and every request is recorded
 * with its headers and body so tests can check what the portal sent (token, language, JSON).
 */
public final class ServiceStubs implements AutoCloseable {

    public static final List<String> SERVICES = List.of("catalogue", "demand", "bidding", "registry", "subsidy",
            "notification", "directory", "matching", "statistics");

    /** The header's unread count, asked by the layout of every signed-in page. */
    public static final String UNREAD_COUNT = "/notification/notifications/unread-count";

    /** Every list the portal reads (each a Page), by its stub path: the list pages' test walks them all. */
    public static final List<String> LISTS = List.of("/catalogue/results/mine", "/catalogue/results/review-queue",
            "/catalogue/results", "/catalogue/public/results", "/catalogue/public/results/search", "/demand/demands/mine", "/demand/demands/review-queue",
            "/demand/demands", "/demand/public/demands", "/demand/public/demands/search", "/bidding/challenges", "/bidding/challenges/drafts",
            "/bidding/challenges/demanded", "/bidding/bids/mine", "/bidding/demands", "/bidding/public/challenges",
            "/registry/contracts/mine", "/registry/contracts/queue", "/subsidy/entitlements/mine",
            "/subsidy/entitlements", "/subsidy/programmes", "/notification/notifications",
            "/notification/public/announcements", "/notification/announcements", "/directory/organisations",
            // calls and proposals (issue 17)
            "/bidding/challenges/proposed", "/bidding/challenges/submitted",
            // 意向洽谈 and 匹配推荐 (issue 18)
            "/matching/interests", "/matching/matches");

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

    /** Forgets answers and calls; every list the pages read answers an empty page until a test says otherwise. */
    public void reset() {
        replies.clear();
        calls.clear();
        for (String path : LISTS) {
            json("GET", path, 200, "{\"items\":[],\"total\":0,\"page\":0,\"size\":20}");
        }
        json("GET", UNREAD_COUNT, 200, "{\"unread\":0}");
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

    /** The calls of a page itself: all but the layout's unread count. */
    public List<Call> pageCalls() {
        return calls.stream().filter(c -> !c.path().equals(UNREAD_COUNT)).toList();
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
