package gx.techmarket.platform.testing.badinput;

/**
 * One bad request: what it tries ({@code name}, e.g. {@code title: NUL}), the bytes of its body (null for none), its
 * content type, and whether it goes without Content-Length (chunked).
 */
public record BadCase(String name, byte[] body, String contentType, boolean chunked) {

    static final String JSON = "application/json";

    static BadCase json(String name, String body) {
        return new BadCase(name, body.getBytes(java.nio.charset.StandardCharsets.UTF_8), JSON, false);
    }

    static BadCase raw(String name, byte[] body, String contentType, boolean chunked) {
        return new BadCase(name, body, contentType, chunked);
    }

    @Override
    public String toString() {
        return name;
    }
}
