package gx.techmarket.e2e;

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
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's part of the portal's sign-in, over plain HTTP: the {@code techmarket-portal} client's authorization-code
 * flow with PKCE against the real Keycloak, redirecting to the portal's real origin (the launcher imports the realm
 * with it). The launcher tests' {@code PortalLogin} does the same for the default origin only
 * ({@code http://localhost:8080/callback}), which Keycloak refuses once the portal runs on a free port.
 * Cookies are kept by hand: Keycloak marks them Secure even on http://localhost, which
 * {@link java.net.CookieManager} would then never send back.
 */
final class KeycloakLogin {

    private static final String CLIENT = "techmarket-portal";
    private static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]*login-actions/authenticate[^\"]*)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realm;
    private final String redirect;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();

    KeycloakLogin(String keycloakUrl, String portalUrl) {
        this.realm = keycloakUrl + "/realms/techmarket";
        this.redirect = portalUrl + "/callback";
    }

    /** The access token {@code username} gets by signing in with {@code password}. */
    String accessToken(String username, String password) throws IOException, InterruptedException {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String state = verifier.substring(0, 12);
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/auth?"
                + form(Map.of("client_id", CLIENT, "response_type", "code", "scope", "openid", "redirect_uri", redirect,
                        "state", state, "code_challenge", challenge(verifier), "code_challenge_method", "S256"))))
                .GET());
        Matcher m = FORM.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new AssertionError("no login form from the authorization endpoint (" + page.statusCode() + "): "
                    + snippet(page.body()));
        }
        HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(m.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("username", username, "password", password,
                        "credentialId", "")))));
        String location = posted.headers().firstValue("location").orElse("");
        if (posted.statusCode() != 302 || !location.startsWith(redirect + "?")) {
            throw new AssertionError(username + " was not signed in (" + posted.statusCode() + " " + location + "): "
                    + snippet(posted.body()));
        }
        Map<String, String> callback = new LinkedHashMap<>();
        for (String pair : URI.create(location).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            callback.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        if (!state.equals(callback.get("state")) || !callback.containsKey("code")) {
            throw new AssertionError("unexpected redirect " + location);
        }
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(realm
                + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "authorization_code",
                        "code", callback.get("code"), "redirect_uri", redirect, "client_id", CLIENT,
                        "code_verifier", verifier)))).build(), HttpResponse.BodyHandlers.ofString());
        if (token.statusCode() != 200) {
            throw new AssertionError("the code exchange answered " + token.statusCode() + ": " + token.body());
        }
        return JSON.readTree(token.body()).path("access_token").asText();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("set-cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return response;
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String snippet(String body) {
        String text = body.replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
