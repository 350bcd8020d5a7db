package gx.techmarket.platform.it;

import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@ProbeTest
class ProblemShapesTest {

    @Inject
    AgroalDataSource dataSource;

    private static RequestSpecification enterprise(String language) {
        return given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                .header("Accept-Language", language)
                .contentType("application/json");
    }

    @Test
    void validationNamesEachOffendingFieldInChinese() {
        long before = notes();
        Response refused = enterprise("zh-CN")
                .body("""
                        {"title": "", "amount": "-1", "mode": "TRANSFER", "buyer": "91450300MA5KC7Q12M",
                         "region": "330100", "items": [{"name": "设备", "amount": "1.001"}]}""")
                .when().post("/probe/notes");
        ProblemJson.assertProblem(refused.then(), 400, "VALIDATION_FAILED", "zh-CN", "输入校验未通过", "/probe/notes")
                .body("errors.field", hasItems("title", "amount", "buyer", "region", "items[0].amount"))
                .body("errors.find { it.field == 'buyer' }.message", equalTo("不是有效的统一社会信用代码（18 位，校验码须正确）"))
                .body("errors.find { it.field == 'region' }.code", equalTo("GuangxiRegion"))
                .body("errors.find { it.field == 'title' }.code", equalTo("NotBlank"));
        assertNothingChanged(before);
    }

    @Test
    void validationSpeaksEnglishWhenAsked() {
        enterprise("en-US,en;q=0.9")
                .body("""
                        {"title": "Cane molasses", "amount": "10.00", "mode": "TRANSFER", "buyer": "91450300MA5KC7Q12M"}""")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .header("Content-Language", "en")
                .body("title", equalTo("Validation failed"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("buyer"))
                .body("errors[0].message", startsWith("is not a valid unified social credit code"));
    }

    @Test
    void anOverlongStringIsAValidationError() {
        long before = notes();
        enterprise("zh-CN")
                .body("{\"title\": \"" + "糖".repeat(201) + "\", \"amount\": \"1.00\", \"mode\": \"TRANSFER\"}")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].code", equalTo("Size"));
        assertNothingChanged(before);
    }

    @Test
    void malformedJsonIsABadRequest() {
        enterprise("zh-CN").body("{\"title\": \"甘蔗\", ")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("MALFORMED_JSON"))
                .body("title", equalTo("请求体不是有效的 JSON"));
    }

    @Test
    void aWrongTypeNamesTheField() {
        enterprise("en").body("{\"title\": \"甘蔗\", \"amount\": {\"yuan\": 1}, \"mode\": \"TRANSFER\"}")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].code", equalTo("INVALID_TYPE"));
    }

    @Test
    void anUnknownEnumValueListsTheAllowedOnes() {
        enterprise("en").body("{\"title\": \"甘蔗\", \"amount\": \"1.00\", \"mode\": \"BARTER\"}")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("mode"))
                .body("errors[0].code", equalTo("UNKNOWN_ENUM_VALUE"))
                .body("errors[0].message", equalTo("not one of the allowed values: TRANSFER, LICENCE"));
    }

    @Test
    void aNestedWrongTypeNamesThePath() {
        enterprise("zh-CN").body("{\"title\": \"甘蔗\", \"amount\": \"1.00\", \"mode\": \"TRANSFER\", "
                        + "\"items\": [{\"name\": \"设备\", \"amount\": \"很多\"}]}")
                .when().post("/probe/notes")
                .then().statusCode(400)
                .body("code", equalTo("INVALID_JSON_FIELD"))
                .body("errors[0].field", equalTo("items[0].amount"));
    }

    @Test
    void aMissingBodyIsAValidationError() {
        enterprise("zh-CN").when().post("/probe/notes")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIs413() {
        given().header("Accept-Language", "en").contentType("application/json")
                .body("{\"x\": \"" + "a".repeat(70 * 1024) + "\"}")
                .when().post("/probe/echo")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void notFoundUsesTheServicesOwnMessage() {
        UUID id = UUID.randomUUID();
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).header("Accept-Language", "zh-CN")
                .when().get("/probe/notes/" + id)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("PROBE_NOT_FOUND"))
                .body("detail", equalTo("记录 " + id + " 不存在，或您无权查看。"));
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).header("Accept-Language", "en")
                .when().get("/probe/notes/" + id)
                .then().statusCode(404)
                .body("title", equalTo("Record not found"));
    }

    @Test
    void aMalformedPathParameterIsNotAServerError() {
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER))
                .when().get("/probe/notes/not-a-uuid")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownPathIs404ProblemJson() {
        given().when().get("/probe/nowhere")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void aWrongMethodIs405ProblemJson() {
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER))
                .when().delete("/probe/notes/" + UUID.randomUUID())
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("code", equalTo("METHOD_NOT_ALLOWED"));
    }

    @Test
    void aWrongContentTypeIs415ProblemJson() {
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS))
                .contentType("text/plain").body("title=甘蔗")
                .when().post("/probe/notes")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("code", equalTo("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void anIllegalStateTransitionIs409InBothLanguages() {
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).header("Accept-Language", "zh-CN")
                .when().post("/probe/notes/" + UUID.randomUUID() + "/publish")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"))
                .body("detail", equalTo("Note当前处于“草稿”状态，不能变更为“已发布”。"));
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).header("Accept-Language", "en")
                .when().post("/probe/notes/" + UUID.randomUUID() + "/publish")
                .then().statusCode(409)
                .body("title", equalTo("Not allowed in the current state"))
                .body("detail", equalTo("Note is “draft” and cannot become “published”."));
    }

    @Test
    void forbiddenInEnglish() {
        given().auth().oauth2(Tokens.of(Role.EXPERT, Orgs.GXAS)).header("Accept-Language", "en")
                .when().get("/probe/enterprise")
                .then().statusCode(403)
                .body("code", equalTo("FORBIDDEN"))
                .body("title", equalTo("Not allowed"));
    }

    @Test
    void anUnexpectedErrorLeaksNoStackTrace() {
        String body = given().header("Accept-Language", "zh-CN")
                .when().get("/probe/boom")
                .then().statusCode(500)
                .contentType("application/problem+json")
                .body("code", equalTo("INTERNAL_ERROR"))
                .body("detail", containsString("错误编号"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("at gx.techmarket")))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("ProbeResource");
    }

    @Test
    void aMalformedAcceptLanguageFallsBackToChinese() {
        given().header("Accept-Language", ";;;q=x")
                .when().get("/probe/nowhere")
                .then().statusCode(404)
                .body("title", equalTo("未找到"));
    }

    private long notes() {
        return Db.count(dataSource, "select count(*) from probe_note");
    }

    private void assertNothingChanged(long before) {
        org.assertj.core.api.Assertions.assertThat(notes()).isEqualTo(before);
    }
}
