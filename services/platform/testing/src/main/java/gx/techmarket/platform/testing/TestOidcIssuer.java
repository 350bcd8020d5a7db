package gx.techmarket.platform.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Executors;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;

/**
 * A minimal OpenID Connect issuer for tests: it publishes a discovery document and a JWKS on a free loopback port,
 * at Keycloak's paths, and signs tokens with a fresh RSA key per test JVM. Services under test verify tokens
 * against it exactly as they would against Keycloak (signature, issuer, audience, expiry). See ADR 0003.
 */
public final class TestOidcIssuer implements AutoCloseable {

    public static final String REALM_PATH = "/realms/techmarket";

    private final HttpServer server;
    private final RsaJsonWebKey signingKey;
    private final String issuer;

    private TestOidcIssuer(HttpServer server, RsaJsonWebKey signingKey, String issuer) {
        this.server = server;
        this.signingKey = signingKey;
        this.issuer = issuer;
    }

    public static TestOidcIssuer start() {
        try {
            RsaJsonWebKey key = newKey("test-signing-key");
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
            String discovery = JsonUtil.toJson(Map.of(
                    "issuer", issuer,
                    "jwks_uri", issuer + "/protocol/openid-connect/certs",
                    "authorization_endpoint", issuer + "/protocol/openid-connect/auth",
                    "token_endpoint", issuer + "/protocol/openid-connect/token",
                    "id_token_signing_alg_values_supported", java.util.List.of("RS256"),
                    "response_types_supported", java.util.List.of("code"),
                    "subject_types_supported", java.util.List.of("public")));
            String jwks = new JsonWebKeySet(key).toJson(org.jose4j.jwk.JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
            server.createContext(REALM_PATH + "/.well-known/openid-configuration", ex -> respond(ex, discovery));
            server.createContext(REALM_PATH + "/protocol/openid-connect/certs", ex -> respond(ex, jwks));
            server.setExecutor(Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "test-oidc-issuer");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return new TestOidcIssuer(server, key, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException("the test OIDC issuer did not start", e);
        }
    }

    static RsaJsonWebKey newKey(String keyId) {
        try {
            RsaJsonWebKey key = RsaJwkGenerator.generateJwk(2048);
            key.setKeyId(keyId);
            key.setAlgorithm("RS256");
            key.setUse("sig");
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The issuer URL, also {@code quarkus.oidc.auth-server-url}. */
    public String issuer() {
        return issuer;
    }

    RsaJsonWebKey signingKey() {
        return signingKey;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
