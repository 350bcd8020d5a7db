package gx.techmarket.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;

/**
 * The workloads' HTTP client: one {@link HttpClient} (HTTP/1.1, keep-alive, its own small thread pool), requests
 * with a bearer token and {@code Accept-Language: zh-CN}, and a status check that turns any unexpected answer into
 * a failed future carrying the status and the start of the body (the problem's code).
 */
public final class Http {

    private final HttpClient client;

    public Http() {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newFixedThreadPool(4, r -> {
                    Thread t = new Thread(r, "bench-http");
                    t.setDaemon(true);
                    return t;
                }))
                .build();
    }

    public static HttpRequest get(String url, String token) {
        return base(url, token).GET().build();
    }

    public static HttpRequest postJson(String url, String token, String json) {
        return base(url, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    /** An action that takes no body (submit, approve, publish, register): the services refuse a body sent to one. */
    public static HttpRequest post(String url, String token) {
        return base(url, token).POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    public static HttpRequest putJson(String url, String token, String json) {
        return base(url, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
    }

    private static HttpRequest.Builder base(String url, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json")
                .header("Accept-Language", "zh-CN");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** Sends asynchronously; completes exceptionally with {@link UnexpectedStatus} unless the status is expected. */
    public CompletableFuture<HttpResponse<String>> send(HttpRequest request, int... expected) {
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(response -> {
                    if (Arrays.stream(expected).noneMatch(s -> s == response.statusCode())) {
                        throw new UnexpectedStatus(request, response);
                    }
                    return response;
                });
    }

    /** Sends and waits; for set-up steps, not for timed operations. */
    public HttpResponse<String> call(HttpRequest request, int... expected) {
        try {
            return send(request, expected).join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** An answer the workload did not expect. */
    public static final class UnexpectedStatus extends RuntimeException {
        private final int status;

        UnexpectedStatus(HttpRequest request, HttpResponse<String> response) {
            super(request.method() + " " + request.uri().getPath() + " -> " + response.statusCode() + " "
                    + abbreviate(response.body()));
            this.status = response.statusCode();
        }

        public int status() {
            return status;
        }

        private static String abbreviate(String body) {
            String flat = body == null ? "" : body.replaceAll("\\s+", " ");
            return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
        }
    }
}
