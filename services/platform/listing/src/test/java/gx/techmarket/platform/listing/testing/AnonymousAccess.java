package gx.techmarket.platform.listing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a caller with no token at all may reach, as the service's OpenAPI document lists its operations: the
 * {@code /public/} reads answer (200 or a 4xx of their own, never 401), every other operation answers 401
 * {@code UNAUTHENTICATED}, so that opening the public reads opens nothing else.
 */
public final class AnonymousAccess {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private final URI root;
    private final HttpClient http = HttpClient.newHttpClient();

    public AnonymousAccess(URI root) {
        this.root = root;
    }

    /**
     * Calls every documented operation without an Authorization header (path parameters a random UUID, a JSON body
     * {@code {}} where one is taken) and returns operation → status, e.g. {@code GET /results/{id}=401}.
     */
    public Map<String, Integer> statuses() throws IOException, InterruptedException {
        JsonNode paths = JSON.readTree(send("GET", "q/openapi?format=json", null).body()).path("paths");
        Map<String, Integer> statuses = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            var path = it.next();
            String concrete = path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    String verb = method.toUpperCase(Locale.ROOT);
                    int status = send(verb, concrete.substring(1), operation.has("requestBody") ? "{}" : null)
                            .statusCode();
                    statuses.put(verb + " " + path.getKey(), status);
                }
            }
        }
        return statuses;
    }

    /** Asserts that exactly the {@code /public/} operations are open, and that there are some. */
    public void assertOnlyPublicReadsAreOpen() throws IOException, InterruptedException {
        Map<String, Integer> statuses = statuses();
        Map<String, Integer> open = new TreeMap<>();
        Map<String, Integer> closed = new TreeMap<>();
        statuses.forEach((operation, status) -> (operation.startsWith("GET /public/") ? open : closed)
                .put(operation, status));
        assertThat(open).as("public reads").isNotEmpty().allSatisfy((operation, status) ->
                assertThat(status).as(operation).isNotEqualTo(401).isLessThan(500));
        assertThat(closed).as("everything else").isNotEmpty().allSatisfy((operation, status) ->
                assertThat(status).as(operation).isEqualTo(401));
    }

    private HttpResponse<String> send(String method, String path, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
