package gx.techmarket.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Requests to the running services as a demo user: the user's own token, JSON in and out. */
final class Api {

    private final Market market;

    Api(Market market) {
        this.market = market;
    }

    /** A request to {@code service} with {@code user}'s bearer token. */
    RequestSpecification as(String user, String service) {
        return given()
                .baseUri(market.url(service))
                .auth().oauth2(market.token(user))
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** POST with a body, expecting {@code status}; the answer as JSON. */
    JsonPath post(String user, String service, String path, Object body, int status) {
        RequestSpecification request = as(user, service);
        if (body != null) {
            request = request.body(body);
        }
        Response response = request.post(path);
        expect(response, status, "POST " + service + path + " as " + user);
        return response.jsonPath();
    }

    JsonPath get(String user, String service, String path, int status) {
        Response response = as(user, service).get(path);
        expect(response, status, "GET " + service + path + " as " + user);
        return response.jsonPath();
    }

    /**
     * Attaches a small PDF of {@code kind} (a DocumentKind such as SIGNED_CONTRACT) to a contract as {@code user},
     * the filer: a filing is refused without the documents its subtype requires.
     */
    void attach(String user, String contractId, String kind) {
        uploadPdf(user, "registry", "/contracts/" + contractId + "/attachments", kind, 201);
    }

    /**
     * Uploads a small PDF of {@code kind} as {@code user} to {@code service}'s {@code path} (a multipart form with a
     * {@code file} part and a {@code kind} field, as the portal sends it), expecting {@code status}.
     */
    void uploadPdf(String user, String service, String path, String kind, int status) {
        byte[] pdf = ("%PDF-1.4\n% " + kind + " for " + path + "\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        // the multipart body written out as a browser sends it: one file part and the kind
        String boundary = "techmarket-e2e-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + kind.toLowerCase(java.util.Locale.ROOT) + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Response response = given().baseUri(market.url(service)).auth().oauth2(market.token(user))
                .accept(ContentType.JSON)
                .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig
                        .encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("multipart/form-data; boundary=" + boundary)
                .body(body.toByteArray())
                .post(path);
        expect(response, status, user + " uploads " + kind + " to " + service + path);
    }

    /** Attaches what the contract still lacks, as its attachments list names it. */
    void attachMissing(String user, String contractId) {
        JsonPath attachments = get(user, "registry", "/contracts/" + contractId + "/attachments", 200);
        for (Object kind : attachments.getList("missing.kind")) {
            attach(user, contractId, kind.toString());
        }
    }

    /** A problem+json refusal: its status and stable code. */
    void refused(Response response, int status, String code, String what) {
        expect(response, status, what);
        String actual = response.jsonPath().getString("code");
        if (!code.equals(actual)) {
            throw new AssertionError(what + ": expected problem code " + code + " but got " + actual + ": "
                    + response.asString());
        }
    }

    static void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            throw new AssertionError(what + ": expected HTTP " + status + " but got " + response.statusCode() + ": "
                    + response.asString());
        }
    }

    /** An amount the services answer as a decimal string (元, two decimals). */
    static BigDecimal money(Object value) {
        if (value == null) {
            throw new AssertionError("no amount");
        }
        return new BigDecimal(value.toString());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(JsonPath json, String path) {
        return (List<Map<String, Object>>) (List<?>) json.getList(path);
    }
}
