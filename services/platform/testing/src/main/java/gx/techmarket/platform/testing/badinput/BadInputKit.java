package gx.techmarket.platform.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Sends {@link BadCases} to a running service and holds it to the platform's promise: every bad request is refused
 * with a 4xx problem+json carrying a stable {@code code} (never a 5xx, never an empty body), in the language asked
 * for, and changes nothing in the service's database. Used by one parameterised test per service:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyBodyEndpointRefusesBadInput() {
 *     BadInputKit kit = new BadInputKit(root, dataSource);
 *     List<Endpoint> endpoints = ...;             // fixtures made through the API
 *     kit.assertCovers(endpoints);                // against the service's OpenAPI document
 *     return endpoints.stream().map(e -> DynamicTest.dynamicTest(e.operation(), () -> kit.assertRefusesBadInput(e)));
 * }
 * }</pre>
 */
public final class BadInputKit {

    /** What a refusal of bad input may be: never 401/403/404/409 (the caller, the path and the state are right). */
    static final Set<Integer> REFUSALS = Set.of(400, 413, 415);
    private static final Set<String> UNWATCHED_TABLES = Set.of("flyway_schema_history", "outbox", "inbox");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI root;
    private final DataSource dataSource;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();

    public BadInputKit(URI root, DataSource dataSource) {
        this.root = root;
        this.dataSource = dataSource;
    }

    /** How many requests the kit has sent, and how many of them were answered 5xx. */
    public int requestsSent() {
        return sent.get();
    }

    public int serverErrors() {
        return serverErrors.get();
    }

    /** One line for the test log (and the closing note): requests sent, endpoints, 5xx answers. */
    public String summary(String service, int endpoints) {
        return "bad-input kit, " + service + ": " + sent.get() + " requests to " + endpoints + " endpoints, "
                + serverErrors.get() + " answered 5xx";
    }

    /**
     * Every bad request to {@code endpoint}, each refused with a problem document and no change of state; then the
     * valid request, which must succeed: the control that proves the refusals were for the bad input.
     */
    public void assertRefusesBadInput(Endpoint endpoint) {
        List<BadCase> cases = endpoint.takesBody() ? BadCases.forBody(endpoint.validBody()) : BadCases.forBodyless();
        Map<String, String> before = settledState();
        List<String> failures = new ArrayList<>();
        int i = 0;
        for (BadCase c : cases) {
            String language = i++ % 2 == 0 ? "zh-CN" : "en";
            Answer answer = send(endpoint, c.body(), c.contentType(), c.chunked(), language);
            String problem = answer.problemOf(language);
            if (problem != null) {
                failures.add(c.name() + " → " + problem);
            }
        }
        Map<String, String> after = settledState();
        if (!after.equals(before)) {
            List<String> changed = new ArrayList<>();
            before.forEach((table, digest) -> {
                if (!digest.equals(after.get(table))) {
                    changed.add(table);
                }
            });
            failures.add("the refused requests changed the tables " + changed);
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(endpoint.operation() + " (" + endpoint.path() + "): " + failures.size()
                    + " of " + cases.size() + " bad requests were not refused cleanly:\n  " + String.join("\n  ",
                    failures));
        }
        Answer control = send(endpoint, endpoint.takesBody() ? bytes(endpoint.validBody()) : null,
                endpoint.takesBody() ? BadCase.JSON : null, false, "zh-CN");
        if (control.status() < 200 || control.status() > 299) {
            throw new AssertionFailedError(endpoint.operation() + ": the control request (the valid body) answered "
                    + control.status() + " " + control.body() + ", so the refusals above prove nothing");
        }
    }

    /**
     * Every operation of the service's OpenAPI document that can change state (POST, PUT, PATCH, DELETE) must be
     * among {@code endpoints}, with or without a body as the document says.
     */
    /**
     * The whole run as a service's {@code @TestFactory} returns it: that {@code endpoints} are every state-changing
     * operation of the service's OpenAPI document, then each endpoint attacked, then that no bad request of them all
     * was answered 5xx (with the run's summary printed for the suite log).
     */
    public Stream<DynamicTest> tests(String service, List<Endpoint> endpoints) {
        return Stream.of(
                Stream.of(DynamicTest.dynamicTest("the kit covers every state-changing operation",
                        () -> assertCovers(endpoints))),
                endpoints.stream().map(e -> DynamicTest.dynamicTest(e.operation(), () -> assertRefusesBadInput(e))),
                Stream.of(DynamicTest.dynamicTest("no bad request answered 5xx", () -> {
                    System.out.println(summary(service, endpoints.size()));
                    if (serverErrors() != 0) {
                        throw new AssertionFailedError(serverErrors() + " bad requests to " + service
                                + " were answered 5xx");
                    }
                })))
                .flatMap(s -> s);
    }

    public void assertCovers(List<Endpoint> endpoints) {
        Map<String, Boolean> documented = stateChangingOperations();
        Map<String, Boolean> covered = new TreeMap<>();
        for (Endpoint e : endpoints) {
            covered.put(e.operation(), e.takesBody());
        }
        if (!covered.equals(documented)) {
            throw new AssertionFailedError("the bad-input kit must cover every state-changing operation, as the "
                    + "OpenAPI document lists them (operation=takes a body)", documented, covered);
        }
    }

    /** {@code POST /results/{id}/submit} → whether it takes a body, from {@code /q/openapi}. */
    public Map<String, Boolean> stateChangingOperations() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(root.resolve("q/openapi?format=json"))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode paths = JSON.readTree(response.body()).path("paths");
            Map<String, Boolean> operations = new TreeMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                var path = it.next();
                for (String method : List.of("post", "put", "patch", "delete")) {
                    JsonNode operation = path.getValue().get(method);
                    if (operation != null) {
                        operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                                operation.has("requestBody"));
                    }
                }
            }
            return operations;
        } catch (Exception e) {
            throw new IllegalStateException("could not read the OpenAPI document", e);
        }
    }

    Answer send(Endpoint endpoint, byte[] body, String contentType, boolean chunked, String language) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : chunked ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(endpoint.path().replaceFirst("^/", "")))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + endpoint.token())
                .header("Accept-Language", language)
                .method(endpoint.method(), publisher);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        sent.incrementAndGet();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 500) {
                serverErrors.incrementAndGet();
            }
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Language").orElse(""), response.body());
        } catch (java.io.IOException e) {
            // a server that closes the connection while we still send (e.g. after refusing a 2 MB body early) is
            // within its rights only when it answered first; java.net.http reports that as an IOException
            return new Answer(-1, "", "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String contentType, String contentLanguage, String body) {

        /** What is wrong with this answer to a bad request, or null when it is a clean refusal. */
        String problemOf(String language) {
            if (!REFUSALS.contains(status)) {
                return status + " " + abbreviated();
            }
            if (!contentType.startsWith("application/problem+json")) {
                return status + " with content type '" + contentType + "': " + abbreviated();
            }
            if (!contentLanguage.equals(language)) {
                return status + " in language '" + contentLanguage + "', asked for " + language;
            }
            try {
                JsonNode problem = JSON.readTree(body);
                if (!problem.path("code").isTextual() || problem.path("code").asText().isBlank()
                        || problem.path("status").asInt() != status || !problem.path("title").isTextual()) {
                    return status + " without a code, status and title: " + abbreviated();
                }
            } catch (Exception e) {
                return status + " with a body that is not JSON: " + abbreviated();
            }
            return null;
        }

        private String abbreviated() {
            return body.length() > 300 ? body.substring(0, 300) + "…" : body;
        }
    }

    /** A digest of every table but the messaging ones, once two readings 100 ms apart agree (consumers at rest). */
    Map<String, String> settledState() {
        Map<String, String> previous = state();
        for (int i = 0; i < 50; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Map<String, String> current = state();
            if (current.equals(previous)) {
                return current;
            }
            previous = current;
        }
        return previous;
    }

    private Map<String, String> state() {
        Map<String, String> digests = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    if (!UNWATCHED_TABLES.contains(rs.getString(1))) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' order by t::text)), '') from \"" + table + "\" t")) {
                    rs.next();
                    digests.put(table, rs.getString(1));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the service's tables", e);
        }
        return digests;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
