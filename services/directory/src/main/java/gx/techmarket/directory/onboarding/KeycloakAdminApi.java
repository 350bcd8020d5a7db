package gx.techmarket.directory.onboarding;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * KeycloakUsers through Keycloak's Admin REST API (ADR 0021), as the directory's own confidential client with a
 * service account holding only realm-management's view-users and manage-users: a client-credentials token, then
 * the user's representation read and written back whole with org_id and org_name set or removed, and the realm role
 * mapped or unmapped. Plain JDK HTTP: five endpoints do not justify a second REST client stack (see the ADR).
 */
@ApplicationScoped
public class KeycloakAdminApi implements KeycloakUsers {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {};

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String realmUrl;
    private final String adminUrl;
    private final String clientId;
    private final String secret;

    private String token;
    private long tokenValidUntil;

    KeycloakAdminApi(@ConfigProperty(name = "techmarket.directory.keycloak.realm-url") String realmUrl,
            @ConfigProperty(name = "techmarket.directory.keycloak.client-id") String clientId,
            @ConfigProperty(name = "techmarket.directory.keycloak.client-secret") String secret) {
        this.realmUrl = realmUrl.replaceAll("/+$", "");
        int at = this.realmUrl.lastIndexOf("/realms/");
        if (at < 0) {
            throw new IllegalArgumentException("techmarket.directory.keycloak.realm-url must end in /realms/<realm>: "
                    + realmUrl);
        }
        this.adminUrl = this.realmUrl.substring(0, at) + "/admin" + this.realmUrl.substring(at);
        this.clientId = clientId;
        this.secret = secret;
    }

    @Override
    public Optional<User> byEmail(String email) {
        List<Map<String, Object>> found = read(send("GET", "/users?exact=true&email=" + encode(email), null), LIST);
        return found.stream().filter(u -> email.equalsIgnoreCase(String.valueOf(u.get("email")))).findFirst()
                .map(KeycloakAdminApi::user);
    }

    @Override
    public void join(String userId, String orgId, String orgName, String realmRole) {
        Optional<Map<String, Object>> user = representation(userId);
        if (user.isEmpty()) {
            return; // the account was deleted meanwhile: nobody left to tell
        }
        Map<String, Object> rep = user.get();
        Map<String, Object> attributes = attributes(rep);
        attributes.put("org_id", List.of(orgId));
        attributes.put("org_name", List.of(orgName));
        rep.put("attributes", attributes);
        send("PUT", "/users/" + encode(userId), rep);
        List<Map<String, Object>> available = read(send("GET", "/users/" + encode(userId)
                + "/role-mappings/realm/available", null), LIST);
        List<Map<String, Object>> role = available.stream().filter(r -> realmRole.equals(r.get("name"))).toList();
        if (!role.isEmpty()) { // not available: the user holds it already
            send("POST", "/users/" + encode(userId) + "/role-mappings/realm", role);
        }
    }

    @Override
    public void leave(String userId, String realmRole) {
        Optional<Map<String, Object>> user = representation(userId);
        if (user.isEmpty()) {
            return;
        }
        Map<String, Object> rep = user.get();
        Map<String, Object> attributes = attributes(rep);
        attributes.remove("org_id");
        attributes.remove("org_name");
        rep.put("attributes", attributes);
        send("PUT", "/users/" + encode(userId), rep);
        List<Map<String, Object>> held = read(send("GET", "/users/" + encode(userId) + "/role-mappings/realm", null),
                LIST);
        List<Map<String, Object>> role = held.stream().filter(r -> realmRole.equals(r.get("name"))).toList();
        if (!role.isEmpty()) {
            send("DELETE", "/users/" + encode(userId) + "/role-mappings/realm", role);
        }
    }

    private Optional<Map<String, Object>> representation(String userId) {
        HttpResponse<String> r = exchange("GET", "/users/" + encode(userId), null);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(checked(r), OBJECT));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> attributes(Map<String, Object> rep) {
        Object a = rep.get("attributes");
        return a instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    @SuppressWarnings("unchecked")
    private static User user(Map<String, Object> u) {
        String first = (String) u.get("firstName");
        String last = (String) u.get("lastName");
        String username = (String) u.get("username");
        // Chinese names: family name first, no space
        String name = ((last == null ? "" : last) + (first == null ? "" : first)).strip();
        String orgId = null;
        if (u.get("attributes") instanceof Map<?, ?> attributes
                && attributes.get("org_id") instanceof List<?> values && !values.isEmpty()) {
            orgId = String.valueOf(values.get(0));
        }
        return new User((String) u.get("id"), username, name.isEmpty() ? username : name, (String) u.get("email"),
                orgId);
    }

    private String send(String method, String path, Object body) {
        return checked(exchange(method, path, body));
    }

    private static String checked(HttpResponse<String> r) {
        if (r.statusCode() / 100 != 2) {
            throw new Unavailable("Keycloak answered " + r.statusCode() + " to " + r.request().method() + " "
                    + r.request().uri().getPath() + ": " + abbreviate(r.body()), null);
        }
        return r.body();
    }

    private HttpResponse<String> exchange(String method, String path, Object body) {
        HttpResponse<String> r = call(method, path, body, accessToken(false));
        if (r.statusCode() == 401) { // the token was revoked or Keycloak restarted: once more with a new one
            r = call(method, path, body, accessToken(true));
        }
        return r;
    }

    private HttpResponse<String> call(String method, String path, Object body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(adminUrl + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(write(body)));
        }
        return exchange(request.build());
    }

    private synchronized String accessToken(boolean renew) {
        long now = System.nanoTime();
        if (!renew && token != null && now - tokenValidUntil < 0) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret="
                + encode(secret);
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        Map<String, Object> answer = read(checked(exchange(request)), OBJECT);
        token = (String) answer.get("access_token");
        long lifetime = ((Number) answer.getOrDefault("expires_in", 60)).longValue();
        // renewed 30 s before it ends, so a call never carries a token that expires on the way
        tokenValidUntil = now + Duration.ofSeconds(Math.max(lifetime - 30, 0)).toNanos();
        return token;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Unavailable("Keycloak did not answer " + request.method() + " " + request.uri().getPath()
                    + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while calling Keycloak", e);
        }
    }

    private <T> T read(String body, TypeReference<T> type) {
        try {
            return json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new Unavailable("Keycloak answered something that is not the expected JSON: " + abbreviate(body),
                    e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and lists is always JSON", e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }
}
