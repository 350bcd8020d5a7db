package gx.techmarket.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part of the portal's login, over plain HTTP: the authorization-code flow with PKCE of the
 * {@code techmarket-portal} client, exactly as the portal drives it (no password grant), redirecting to the
 * portal's origin (the launcher imports the realm with the portal's real port). It keeps cookies itself: Keycloak
 * marks them Secure even on http://localhost, which {@link java.net.CookieManager} would then never send back.
 * Also used by the end-to-end tests ({@code deploy/e2e}, through this module's test-jar).
 */
public final class PortalLogin {

    static final String CLIENT = "techmarket-portal";
    /** The portal's origin in the realm file, and the launcher's default. */
    static final String DEFAULT_PORTAL_ORIGIN = "http://localhost:8080";
    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the portal would hold after a login. */
    public record Tokens(String accessToken, JsonNode access, JsonNode id, JsonNode userinfo) {}

    /** The outcome of a login: tokens, or what Keycloak answered instead of a code. */
    public record Outcome(Optional<Tokens> tokens, int status, String page) {}

    private final String keycloak;
    private final String redirect;
    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    /** A cookie as Keycloak set it; the jar is keyed by path and name, as browsers do. */
    private record Cookie(String path, String name, String value) {}

    private final Map<List<String>, Cookie> cookies = new LinkedHashMap<>();

    public PortalLogin(String keycloakUrl) {
        this(keycloakUrl, DEFAULT_PORTAL_ORIGIN);
    }

    /**
     * @param keycloakUrl e.g. {@code http://localhost:8180}
     * @param portalOrigin the portal's origin as the realm knows it, e.g. {@code http://localhost:43117}
     */
    public PortalLogin(String keycloakUrl, String portalOrigin) {
        this.keycloak = keycloakUrl;
        this.redirect = portalOrigin + "/callback";
    }

    /**
     * The access token {@code username} gets by signing in with {@code password}.
     *
     * @throws AssertionError naming what Keycloak answered instead of a code
     */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        Outcome outcome = login(username, password);
        return outcome.tokens().map(Tokens::accessToken).orElseThrow(() -> new AssertionError(username
                + " could not sign in: Keycloak answered " + outcome.status() + ": " + snippet(outcome.page())));
    }

    String realm() {
        return keycloak + "/realms/techmarket";
    }

    public Outcome login(String username, String password) throws IOException, InterruptedException {
        cookies.clear();
        String verifier = random(48);
        String state = random(12);
        String nonce = random(12);
        URI authorize = URI.create(realm() + "/protocol/openid-connect/auth?" + form(Map.of(
                "client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", redirect,
                "state", state, "nonce", nonce, "code_challenge", challenge(verifier),
                "code_challenge_method", "S256")));
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorize).GET());
        if (page.statusCode() != 200) {
            throw new AssertionError("the authorization endpoint answered " + page.statusCode() + ": "
                    + page.headers().firstValue("location").orElse(snippet(page.body())));
        }
        Matcher m = FORM.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no login form on the login page: " + snippet(page.body()));
        }
        String action = m.group(1).replace("&amp;", "&");
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))));
        Optional<String> location = posted.headers().firstValue("location");
        if (posted.statusCode() != 302 || location.isEmpty() || !location.get().startsWith(redirect)) {
            return new Outcome(Optional.empty(), posted.statusCode(), posted.body());
        }
        Map<String, String> callback = query(URI.create(location.get()));
        if (!state.equals(callback.get("state")) || !callback.containsKey("code")) {
            throw new AssertionError("unexpected redirect " + location.get());
        }
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm()
                + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", callback.get("code"), "redirect_uri", redirect, "client_id", CLIENT,
                        "code_verifier", verifier))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new AssertionError("the code exchange answered " + token.statusCode() + ": " + token.body());
        }
        JsonNode body = JSON.readTree(token.body());
        String accessToken = body.path("access_token").asText();
        JsonNode id = claims(body.path("id_token").asText());
        if (!nonce.equals(id.path("nonce").asText())) {
            throw new AssertionError("the id token carries another nonce: " + id);
        }
        HttpResponse<String> userinfo = http.send(HttpRequest.newBuilder(URI.create(realm()
                + "/protocol/openid-connect/userinfo")).header("Authorization", "Bearer " + accessToken).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (userinfo.statusCode() != 200) {
            throw new AssertionError("userinfo answered " + userinfo.statusCode() + ": " + userinfo.body());
        }
        return new Outcome(Optional.of(new Tokens(accessToken, claims(accessToken), id, JSON.readTree(userinfo.body()))),
                posted.statusCode(), "");
    }

    /** An authorization request without PKCE: the portal client must refuse it. */
    public String authorizeWithoutPkce() throws IOException, InterruptedException {
        URI authorize = URI.create(realm() + "/protocol/openid-connect/auth?" + form(Map.of("client_id", CLIENT,
                "response_type", "code", "scope", "openid", "redirect_uri", redirect, "state", "s")));
        HttpResponse<String> r = send(HttpRequest.newBuilder(authorize).GET());
        return r.statusCode() + " " + r.headers().firstValue("location").orElse(snippet(r.body()));
    }

    /** A token request at the token endpoint with any grant; returns status and body. */
    public HttpResponse<String> token(Map<String, String> parameters) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(realm() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(parameters))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new AssertionError("not a JWT: " + jwt);
        }
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        String path = built.uri().getPath();
        String cookieHeader = cookies.values().stream()
                .filter(c -> path.startsWith(c.path()))
                .map(c -> c.name() + "=" + c.value())
                .collect(Collectors.joining("; "));
        HttpRequest.Builder withCookies = HttpRequest.newBuilder(built.uri()).method(built.method(),
                built.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        built.headers().map().forEach((k, values) -> values.forEach(v -> withCookies.header(k, v)));
        if (!cookieHeader.isEmpty()) {
            withCookies.header("Cookie", cookieHeader);
        }
        HttpResponse<String> response = http.send(withCookies.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String[] parts = setCookie.split(";");
            int eq = parts[0].indexOf('=');
            String name = parts[0].substring(0, eq).trim();
            String value = parts[0].substring(eq + 1).trim();
            String cookiePath = "/";
            boolean expired = false;
            for (int i = 1; i < parts.length; i++) {
                String attribute = parts[i].trim();
                String lower = attribute.toLowerCase(java.util.Locale.ROOT);
                if (lower.startsWith("path=")) {
                    cookiePath = attribute.substring(5);
                } else if (lower.equals("max-age=0")) {
                    expired = true;
                } else if (lower.startsWith("expires=") && attribute.contains("1970")) {
                    expired = true;
                }
            }
            List<String> key = List.of(cookiePath, name);
            if (expired) {
                cookies.remove(key);
            } else {
                cookies.put(key, new Cookie(cookiePath, name, value));
            }
        }
        return response;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : List.of(uri.getRawQuery().split("&"))) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String snippet(String body) {
        String text = body.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
