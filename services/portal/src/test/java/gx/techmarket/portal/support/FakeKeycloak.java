package gx.techmarket.portal.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.jose4j.json.JsonUtil;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * An OpenID Connect provider at Keycloak's paths for the portal's tests: discovery, keys, the authorization endpoint
 * (it signs in whoever the test named, without a login form), the token endpoint (which insists on the PKCE S256
 * verifier, as the realm's client does) and RP-initiated logout. Tokens carry what the techmarket realm puts in them:
 * realm roles in {@code realm_access}, the organisation claims, the five service audiences.
 */
public final class FakeKeycloak implements AutoCloseable {

    public static final String CLIENT_ID = "techmarket-portal";
    private static final String REALM = "/realms/techmarket";
    private static final List<String> SERVICE_AUDIENCES = List.of("techmarket-catalogue", "techmarket-demand",
            "techmarket-bidding", "techmarket-registry", "techmarket-subsidy");

    /** One authorization request as the portal sent it (query parameters). */
    public record Authorization(Map<String, String> params) {
        public String get(String name) {
            return params.get(name);
        }
    }

    private record Grant(DemoUser user, String challenge, String redirectUri, String nonce) {}

    private final HttpServer server;
    private final RsaJsonWebKey key;
    private final String issuer;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private final List<Authorization> authorizations = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private final List<Map<String, String>> logouts = new CopyOnWriteArrayList<>();
    private volatile DemoUser next;

    private FakeKeycloak(HttpServer server, RsaJsonWebKey key) {
        this.server = server;
        this.key = key;
        this.issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM;
    }

    public static FakeKeycloak start() {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId("fake-keycloak");
            key.setAlgorithm(AlgorithmIdentifiers.RSA_USING_SHA256);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FakeKeycloak keycloak = new FakeKeycloak(server, key);
            server.createContext(REALM, keycloak::handle);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "fake-keycloak");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return keycloak;
        } catch (IOException | JoseException e) {
            throw new IllegalStateException("cannot start the fake Keycloak", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The next authorization request signs in this user. */
    public void signInNext(DemoUser user) {
        this.next = user;
    }

    /** The access token most recently issued to this user (what the services must receive). */
    public String accessTokenOf(DemoUser user) {
        return accessTokens.get(user.username());
    }

    public List<Authorization> authorizations() {
        return List.copyOf(authorizations);
    }

    public List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    public List<Map<String, String>> logouts() {
        return List.copyOf(logouts);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(REALM.length());
            switch (path) {
                case "/.well-known/openid-configuration" -> json(exchange, 200, discovery());
                case "/protocol/openid-connect/certs" -> json(exchange, 200,
                        new JsonWebKeySet(key).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY));
                case "/protocol/openid-connect/auth" -> authorize(exchange);
                case "/protocol/openid-connect/token" -> token(exchange);
                case "/protocol/openid-connect/logout" -> logout(exchange);
                default -> json(exchange, 404, "{\"error\":\"not_found\"}");
            }
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private String discovery() {
        Map<String, Object> d = new LinkedHashMap<>();
        String oidc = issuer + "/protocol/openid-connect";
        d.put("issuer", issuer);
        d.put("authorization_endpoint", oidc + "/auth");
        d.put("token_endpoint", oidc + "/token");
        d.put("jwks_uri", oidc + "/certs");
        d.put("end_session_endpoint", oidc + "/logout");
        d.put("response_types_supported", List.of("code"));
        d.put("subject_types_supported", List.of("public"));
        d.put("id_token_signing_alg_values_supported", List.of("RS256"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        return JsonUtil.toJson(d);
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        authorizations.add(new Authorization(params));
        DemoUser user = next;
        if (user == null || !CLIENT_ID.equals(params.get("client_id"))
                || !"S256".equals(params.get("code_challenge_method")) || params.get("code_challenge") == null) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, params.get("code_challenge"), params.get("redirect_uri"), params.get("nonce")));
        String redirect = params.get("redirect_uri");
        String location = redirect + (redirect.contains("?") ? "&" : "?") + "code=" + code + "&state="
                + URLEncoder.encode(params.get("state"), StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private void token(HttpExchange exchange) throws IOException, JoseException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(form);
        if (!"authorization_code".equals(form.get("grant_type"))) {
            json(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        Grant grant = codes.remove(form.getOrDefault("code", ""));
        String verifier = form.get("code_verifier");
        if (grant == null || verifier == null || !grant.challenge().equals(s256(verifier))
                || !grant.redirectUri().equals(form.get("redirect_uri"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        String access = sign(claims(grant.user(), SERVICE_AUDIENCES, "Bearer", null));
        accessTokens.put(grant.user().username(), access);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", access);
        body.put("id_token", sign(claims(grant.user(), List.of(CLIENT_ID), "ID", grant.nonce())));
        body.put("refresh_token", "refresh-" + UUID.randomUUID());
        body.put("token_type", "Bearer");
        body.put("expires_in", 300);
        body.put("refresh_expires_in", 1800);
        json(exchange, 200, JsonUtil.toJson(body));
    }

    private void logout(HttpExchange exchange) throws IOException {
        Map<String, String> params = query(exchange.getRequestURI().getRawQuery());
        logouts.add(params);
        String back = params.get("post_logout_redirect_uri");
        if (back == null) {
            json(exchange, 200, "{}");
            return;
        }
        exchange.getResponseHeaders().add("Location", back);
        exchange.sendResponseHeaders(302, -1);
    }

    private JwtClaims claims(DemoUser user, List<String> audience, String type, String nonce) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(UUID.nameUUIDFromBytes(user.username().getBytes(StandardCharsets.UTF_8)).toString());
        claims.setAudience(audience);
        claims.setExpirationTimeMinutesInTheFuture(5);
        claims.setIssuedAtToNow();
        claims.setGeneratedJwtId();
        claims.setClaim("typ", type);
        claims.setClaim("azp", CLIENT_ID);
        claims.setClaim("preferred_username", user.username());
        claims.setClaim("org_id", user.orgId());
        claims.setClaim("org_name", user.orgName());
        claims.setClaim("org_kind", user.orgKind());
        claims.setClaim("org_region", user.orgRegion());
        if (user.orgParent() != null) {
            claims.setClaim("org_parent", user.orgParent());
        }
        if (nonce != null) {
            claims.setClaim("nonce", nonce);
        }
        if ("Bearer".equals(type)) {
            claims.setClaim("realm_access", Map.of("roles", user.roles()));
        }
        return claims;
    }

    private String sign(JwtClaims claims) throws JoseException {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
