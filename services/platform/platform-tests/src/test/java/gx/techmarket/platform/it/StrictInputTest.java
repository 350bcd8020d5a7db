package gx.techmarket.platform.it;

import gx.techmarket.platform.testing.Db;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The platform's strict reading of what a client sends, through a real service stack (the probe application). */
@ProbeTest
class StrictInputTest {

    private static final String VALID = "{\"title\": \"甘蔗\", \"amount\": 1.00, \"mode\": \"TRANSFER\"";

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/")
    URI root;

    private ValidatableResponse post(String body) {
        return given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).header("Accept-Language", "en")
                .contentType("application/json").body(body)
                .when().post("/probe/notes").then().contentType("application/problem+json");
    }

    private void refusedField(String body, String code, String field, String fieldCode) {
        long before = notes();
        post(body).statusCode(400).body("code", equalTo(code))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].code", equalTo(fieldCode));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void nulAndUnpairedSurrogatesAreRefusedNamingTheField() {
        refusedField(VALID.replace("甘蔗", "甘\\u0000蔗") + "}", "INVALID_JSON_FIELD", "title", "NUL_CHARACTER");
        refusedField(VALID.replace("甘蔗", "x\\ud800y") + "}", "INVALID_JSON_FIELD", "title", "UNPAIRED_SURROGATE");
        refusedField(VALID + ", \"note\": \"a\\u0000\"}", "INVALID_JSON_FIELD", "note", "NUL_CHARACTER");
    }

    @Test
    void aSingleLineFieldRefusesLineBreaksAndFreeTextKeepsThem() {
        refusedField(VALID.replace("甘蔗", "甘\\n蔗") + "}", "INVALID_JSON_FIELD", "title", "CONTROL_CHARACTER");
        refusedField(VALID + ", \"note\": \"a\\u0007\"}", "INVALID_JSON_FIELD", "note", "CONTROL_CHARACTER");
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).contentType("application/json")
                .body(VALID + ", \"note\": \"第一段\\r\\n\\t第二段\"}")
                .when().post("/probe/notes").then().statusCode(200);
    }

    @Test
    void theMessageSaysWhichCharacterAndWhere() {
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS)).header("Accept-Language", "zh-CN")
                .contentType("application/json").body(VALID.replace("甘蔗", "甘蔗\\u001b") + "}")
                .when().post("/probe/notes").then().statusCode(400)
                .body("errors[0].message", equalTo("第 3 个字符是控制字符 U+001B；单行字段不允许任何控制字符，自由文本只允许制表符和换行"));
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        long before = notes();
        post(VALID + "}{\"title\": \"b\"}").statusCode(400).body("code", equalTo("TRAILING_CONTENT"));
        post(VALID + "}}}}").statusCode(400).body("code", equalTo("MALFORMED_JSON"));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void scalarsAreNotCoerced() {
        refusedField("{\"title\": 123, \"amount\": 1.00, \"mode\": \"TRANSFER\"}", "INVALID_JSON_FIELD", "title",
                "INVALID_TYPE");
        refusedField("{\"title\": true, \"amount\": 1.00, \"mode\": \"TRANSFER\"}", "INVALID_JSON_FIELD", "title",
                "INVALID_TYPE");
        long before = notes();
        post("{\"title\": \"甘蔗\", \"amount\": 1.00, \"mode\": 1}").statusCode(400)
                .body("code", equalTo("INVALID_JSON_FIELD")).body("errors[0].field", equalTo("mode"));
        post("{\"title\": \"甘蔗\", \"amount\": \"１.00\", \"mode\": \"TRANSFER\"}").statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        post("{\"title\": \"甘蔗\", \"amount\": 1.005, \"mode\": \"TRANSFER\"}").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED")).body("errors[0].field", equalTo("amount"));
        post("{\"title\": \"甘蔗\", \"amount\": 1e309, \"mode\": \"TRANSFER\"}").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        post("{\"title\": \"甘蔗\", \"amount\": NaN, \"mode\": \"TRANSFER\"}").statusCode(400)
                .body("code", equalTo("MALFORMED_JSON"));
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void unknownAndRepeatedPropertiesAreNamed() {
        refusedField(VALID + ", \"colour\": \"red\"}", "INVALID_JSON_FIELD", "colour", "UNKNOWN_PROPERTY");
        refusedField(VALID + ", \"items\": [{\"name\": \"a\", \"amount\": 1, \"unit\": \"kg\"}]}", "INVALID_JSON_FIELD",
                "items[0].unit", "UNKNOWN_PROPERTY");
        refusedField(VALID + ", \"title\": \"again\"}", "INVALID_JSON_FIELD", "title", "DUPLICATE_PROPERTY");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsReadAsUsual() throws Exception {
        long before = notes();
        HttpRequest request = HttpRequest.newBuilder(root.resolve("probe/notes"))
                .header("Authorization", "Bearer " + Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        (VALID + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(notes()).isEqualTo(before + 1);
    }

    @Test
    void deepNestingIsRefused() throws Exception {
        // sent without RestAssured, which pretty-prints bodies it logs
        for (String body : new String[] {VALID + ", \"items\": " + "[".repeat(500) + "]".repeat(500) + "}",
                "[".repeat(5000) + "]".repeat(5000)}) {
            HttpRequest request = HttpRequest.newBuilder(root.resolve("probe/notes"))
                    .header("Authorization", "Bearer " + Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
    }

    @Test
    void aBodylessActionRefusesABodyBeforeItRuns() {
        // publish answers 409 when it runs: a 400 proves it did not
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).header("Accept-Language", "en")
                .contentType("application/json").body("{}")
                .when().post("/probe/notes/" + UUID.randomUUID() + "/publish")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("REQUEST_BODY_NOT_EXPECTED"));
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER))
                .when().post("/probe/notes/" + UUID.randomUUID() + "/publish")
                .then().statusCode(409);
    }

    @Test
    void aChunkedBodyOfTwoMegabytesIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> bodyless = chunked("probe/notes/" + UUID.randomUUID() + "/publish",
                Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER), 2 * 1024 * 1024);
        assertThat(bodyless.statusCode()).isEqualTo(413);
        assertThat(bodyless.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(bodyless.body()).contains("PAYLOAD_TOO_LARGE");
        HttpResponse<String> small = chunked("probe/notes/" + UUID.randomUUID() + "/publish",
                Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER), 100);
        assertThat(small.statusCode()).isEqualTo(400);
        assertThat(small.body()).contains("REQUEST_BODY_NOT_EXPECTED");

        long before = notes();
        HttpResponse<String> withBody = chunked("probe/notes", Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS),
                2 * 1024 * 1024);
        assertThat(withBody.statusCode()).isEqualTo(413);
        assertThat(withBody.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(withBody.body()).contains("PAYLOAD_TOO_LARGE");
        assertThat(notes()).isEqualTo(before);
    }

    @Test
    void anOverlongAddressIs414ProblemJson() {
        given().header("Accept-Language", "en").when().get("/probe/notes/" + "a".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("code", equalTo("URI_TOO_LONG"));
    }

    @Test
    void overlongHeadersAre431ProblemJson() {
        given().header("X-Padding", "a".repeat(20_000)).when().get("/probe/nowhere")
                .then().statusCode(431).contentType("application/problem+json")
                .body("code", equalTo("HEADERS_TOO_LARGE"));
    }

    @Test
    void controlCharactersInTheAddressAreRefused() {
        given().urlEncodingEnabled(false).when().get("/probe/notes/%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("INVALID_REQUEST_TEXT"));
        given().urlEncodingEnabled(false).when().get("/probe/nowhere?q=a%0Ab")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST_TEXT"));
        given().urlEncodingEnabled(false).when().get("/probe/nowhere?q=%E4%B8")
                .then().statusCode(400).body("code", equalTo("INVALID_REQUEST_TEXT"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequestNamingIt() {
        given().header("Accept-Language", "en").when().get("/probe/list?page=2").then().statusCode(200);
        for (String page : new String[] {"abc", "1.5", "%EF%BC%99", "99999999999", "-1"}) {
            given().urlEncodingEnabled(false).header("Accept-Language", "en").when().get("/probe/list?page=" + page)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("page"));
        }
    }

    @Test
    void thePageOfAListIsCheckedLikeAnyOtherQueryParameter() {
        given().when().get("/probe/paged?page=2&size=50").then().statusCode(200).body(equalTo("page 2 of 50"));
        for (String size : new String[] {"abc", "%EF%BC%99", "99999999999", "0", "101"}) {
            given().urlEncodingEnabled(false).header("Accept-Language", "en").when().get("/probe/paged?size=" + size)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("size"));
        }
        given().when().get("/probe/paged?page=1&page=2").then().statusCode(400)
                .body("code", equalTo("REPEATED_QUERY_PARAMETER")).body("errors[0].field", equalTo("page"));
    }

    @Test
    void aSingleValuedQueryParameterGivenTwiceIsRefused() {
        given().header("Accept-Language", "en").when().get("/probe/list?page=1&page=2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("code", equalTo("REPEATED_QUERY_PARAMETER"))
                .body("errors[0].field", equalTo("page"));
        given().when().get("/probe/list?q=a&q=b").then().statusCode(400).body("errors[0].field", equalTo("q"));
    }

    private HttpResponse<String> chunked(String path, String token, int size) throws Exception {
        byte[] body = new byte[size];
        java.util.Arrays.fill(body, (byte) ' ');
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private long notes() {
        return Db.count(dataSource, "select count(*) from probe_note");
    }
}
