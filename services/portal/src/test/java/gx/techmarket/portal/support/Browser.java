package gx.techmarket.portal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser for the tests: keeps cookies (session, state, language, CSRF) across requests, follows redirects (to
 * the fake Keycloak and back), and submits forms with the CSRF token of the last page it showed.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** What the browser shows after a request (and its redirects). */
    public record Page(int status, URI uri, String body) {

        public boolean has(String text) {
            return body.contains(text);
        }
    }

    private final URI portal;
    private final HttpClient following;
    private final HttpClient direct;
    private final List<String> setCookies = new CopyOnWriteArrayList<>();
    private final CookieHandler cookies;
    private String csrfToken = "";

    private Browser(URI portal) {
        this.portal = portal;
        this.cookies = new Recording(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
        this.following = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.direct = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    public static Browser open(URI portal) {
        return new Browser(portal);
    }

    /** Signs in through the fake Keycloak (code flow with PKCE) and returns the home page it lands on. */
    public static Browser signedIn(URI portal, FakeKeycloak keycloak, DemoUser user) {
        Browser browser = open(portal);
        keycloak.signInNext(user);
        Page home = browser.get("/home");
        if (home.status() != 200 || !home.uri().getPath().equals("/home")) {
            throw new AssertionError("sign-in of " + user.username() + " ended at " + home.uri() + " with "
                    + home.status() + ": " + home.body());
        }
        return browser;
    }

    /** Every {@code Set-Cookie} header the portal sent this browser, redirects included, in order. */
    public List<String> setCookies() {
        return List.copyOf(setCookies);
    }

    public Page get(String path) {
        return show(following, HttpRequest.newBuilder(portal.resolve(path)).GET().build());
    }

    /** One request, redirects not followed: the status and {@code Location} as the portal answered. */
    public HttpResponse<String> getWithoutRedirects(String path) {
        return send(direct, HttpRequest.newBuilder(portal.resolve(path)).GET().build());
    }

    /** Submits a form with the CSRF token of the last page shown; pairs are name, value, name, value … */
    public Page post(String path, String... pairs) {
        List<String> fields = new ArrayList<>(List.of(pairs));
        fields.add("csrf-token");
        fields.add(csrfToken);
        return postRaw(path, fields.toArray(String[]::new));
    }

    /** Submits a form exactly as given (no CSRF token added). */
    public Page postRaw(String path, String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return show(following, HttpRequest.newBuilder(portal.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    /** Sends a request to the portal as given (method, headers, body), redirects not followed. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        return send(direct, request.build());
    }

    /** The {@code Cookie} header this browser sends to the portal (for a request written by hand). */
    public String cookieHeader() {
        try {
            return String.join("; ", cookies.get(portal, Map.of()).getOrDefault("Cookie", List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI resolve(String path) {
        return portal.resolve(path);
    }

    /** Keeps cookies as a browser does and notes the portal's {@code Set-Cookie} headers on the way. */
    private final class Recording extends CookieHandler {

        private final CookieHandler manager;

        Recording(CookieHandler manager) {
            this.manager = manager;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> requestHeaders) throws IOException {
            return manager.get(uri, requestHeaders);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> responseHeaders) throws IOException {
            if (uri.getPort() == portal.getPort() && uri.getHost().equals(portal.getHost())) {
                responseHeaders.forEach((name, values) -> {
                    if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                        setCookies.addAll(values);
                    }
                });
            }
            manager.put(uri, responseHeaders);
        }
    }

    private Page show(HttpClient client, HttpRequest request) {
        HttpResponse<String> response = send(client, request);
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrfToken = token.group(1);
        }
        return new Page(response.statusCode(), response.uri(), response.body());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
