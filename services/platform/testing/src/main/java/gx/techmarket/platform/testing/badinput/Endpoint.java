package gx.techmarket.platform.testing.badinput;

import java.util.Objects;

/**
 * One endpoint the kit attacks: its method and OpenAPI path template (for the coverage check), a concrete path that
 * reaches a real object, a token of a caller who may use it, and — for an endpoint with a body — a valid body that
 * the endpoint would accept from that caller. The kit mutates the valid body; the control request sends it as is
 * (or, for a body-less action, sends no body) and must succeed, which proves the refusals were for the bad input
 * and not for a wrong path, a wrong token or a wrong state.
 */
public record Endpoint(String method, String template, String path, String token, String validBody) {

    public Endpoint {
        Objects.requireNonNull(method);
        Objects.requireNonNull(template);
        Objects.requireNonNull(path);
        Objects.requireNonNull(token);
        method = method.toUpperCase(java.util.Locale.ROOT);
    }

    public static Endpoint body(String method, String template, String path, String token, String validBody) {
        return new Endpoint(method, template, path, token, Objects.requireNonNull(validBody));
    }

    public static Endpoint bodyless(String method, String template, String path, String token) {
        return new Endpoint(method, template, path, token, null);
    }

    public boolean takesBody() {
        return validBody != null;
    }

    /** {@code POST /results/{id}/submit}: the operation as the OpenAPI document names it. */
    public String operation() {
        return method + " " + template;
    }
}
