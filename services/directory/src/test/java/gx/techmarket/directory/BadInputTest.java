package gx.techmarket.directory;

import static io.restassured.RestAssured.given;

import gx.techmarket.directory.onboarding.KeycloakUsers;
import gx.techmarket.directory.onboarding.RecordingKeycloakUsers;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.badinput.BadInputKit;
import gx.techmarket.platform.testing.badinput.Endpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@QuarkusTest
class BadInputTest extends DirectoryServiceTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    RecordingKeycloakUsers keycloak;

    @TestFactory
    Stream<DynamicTest> everyStateChangingEndpointRefusesBadInput() {
        BadInputKit kit = new BadInputKit(root, db);

        String applied = newUscc("450100");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(applied, "南宁坏输入测试有限公司", "ENTERPRISE", "450100", null))
                .when().post("/organisations").then().statusCode(201);
        String verified = verified(newUscc("450100"), "南宁坏输入已核验有限公司", "ENTERPRISE", "450100", null);
        String toSuspend = verified(newUscc("450100"), "南宁坏输入停用有限公司", "ENTERPRISE", "450100", null);
        String withAccount = verified(newUscc("450100"), "南宁坏输入账户有限公司", "ENTERPRISE", "450100", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("bankName", "中国银行南宁分行", "accountNumber", "62160000111122223", "accountName", "南宁坏输入账户有限公司"))
                .when().put("/organisations/" + withAccount + "/bank-account").then().statusCode(200);
        String qualification = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "HIGH_TECH_ENTERPRISE", "number", "GR202545009999", "validFrom", "2025-01-01"))
                .when().post("/organisations/" + verified + "/qualifications").then().statusCode(201)
                .extract().path("qualifications[0].id");
        String registryFirst17 = "12450100" + newUscc("450100").substring(8, 17);
        String point = verified(registryFirst17 + gx.techmarket.platform.security.Uscc.checkCharacter(registryFirst17),
                "南宁市第九技术合同登记点", "REGISTRY", "450100", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "CONTRACT_REGISTRATION_BODY", "number", "0109", "validFrom", "2024-01-01"))
                .when().post("/organisations/" + point + "/qualifications").then().statusCode(201);
        String openPoint = verified(newRegistry(), "南宁市第八技术合同登记点", "REGISTRY", "450100", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("kind", "CONTRACT_REGISTRATION_BODY", "number", "0108", "validFrom", "2024-01-01"))
                .when().post("/organisations/" + openPoint + "/qualifications").then().statusCode(201);
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + openPoint + "/registration-point/open")
                .then().statusCode(200);

        String toVerify = filed(newcomer("bad.input.verify"), newUscc("450100"));
        String toReject = filed(newcomer("bad.input.reject"), newUscc("450100"));
        String orgAdmin = newcomer("bad.input.orgadmin");
        String ownUscc = newUscc("450100");
        given().auth().oauth2(PROVINCE).when().post("/applications/" + filed(orgAdmin, ownUscc) + "/verify")
                .then().statusCode(200);
        keycloak.register(new KeycloakUsers.User(UUID.randomUUID().toString(), "bad.input.colleague", "同事",
                "bad.input.colleague@example.cn", null));
        String leaving = UUID.randomUUID().toString();
        keycloak.register(new KeycloakUsers.User(leaving, "bad.input.leaving", "将离开", "bad.input.leaving@example.cn",
                null));
        given().auth().oauth2(orgAdmin).contentType("application/json")
                .body(Map.of("email", "bad.input.leaving@example.cn"))
                .when().post("/organisations/" + ownUscc + "/members").then().statusCode(201);

        List<Endpoint> endpoints = List.of(
                Endpoint.body("POST", "/organisations", "/organisations", PROVINCE,
                        "{\"uscc\": \"" + newUscc("450100") + "\", \"name\": \"南宁控制请求有限公司\", "
                                + "\"kind\": \"ENTERPRISE\", \"region\": \"450102\"}"),
                Endpoint.body("PUT", "/organisations/{uscc}", "/organisations/" + verified, PROVINCE,
                        "{\"name\": \"南宁坏输入已核验股份有限公司\", \"kind\": \"ENTERPRISE\", \"region\": \"450100\"}"),
                Endpoint.bodyless("POST", "/organisations/{uscc}/verify", "/organisations/" + applied + "/verify",
                        PROVINCE),
                Endpoint.body("POST", "/organisations/{uscc}/suspend", "/organisations/" + toSuspend + "/suspend",
                        PROVINCE, "{\"reason\": \"营业执照注销\"}"),
                Endpoint.body("POST", "/organisations/{uscc}/qualifications",
                        "/organisations/" + verified + "/qualifications", PROVINCE,
                        "{\"kind\": \"TECH_SME\", \"number\": \"2025450100C0001\", \"validFrom\": \"2025-01-01\", "
                                + "\"validTo\": \"" + LocalDate.of(2025, 12, 31) + "\"}"),
                Endpoint.body("POST", "/organisations/{uscc}/qualifications/{id}/revoke",
                        "/organisations/" + verified + "/qualifications/" + qualification + "/revoke", PROVINCE,
                        "{\"reason\": \"证书被撤销\"}"),
                Endpoint.body("PUT", "/organisations/{uscc}/bank-account",
                        "/organisations/" + verified + "/bank-account", PROVINCE,
                        "{\"bankName\": \"中国农业银行南宁分行\", \"accountNumber\": \"6228480000123456\", "
                                + "\"accountName\": \"南宁坏输入已核验有限公司\"}"),
                Endpoint.bodyless("POST", "/organisations/{uscc}/bank-account/verify",
                        "/organisations/" + withAccount + "/bank-account/verify", PROVINCE),
                Endpoint.bodyless("POST", "/organisations/{uscc}/registration-point/open",
                        "/organisations/" + point + "/registration-point/open", PROVINCE),
                Endpoint.body("POST", "/organisations/{uscc}/registration-point/close",
                        "/organisations/" + openPoint + "/registration-point/close", PROVINCE,
                        "{\"reason\": \"合并\"}"),
                // onboarding
                Endpoint.body("POST", "/applications", "/applications", newcomer("bad.input.applicant"),
                        application(newUscc("450100"))),
                Endpoint.bodyless("POST", "/applications/{id}/verify", "/applications/" + toVerify + "/verify",
                        PROVINCE),
                Endpoint.body("POST", "/applications/{id}/reject", "/applications/" + toReject + "/reject", PROVINCE,
                        "{\"reason\": \"材料不清晰\"}"),
                Endpoint.body("POST", "/organisations/{uscc}/members", "/organisations/" + ownUscc + "/members",
                        orgAdmin, "{\"email\": \"bad.input.colleague@example.cn\"}"),
                Endpoint.bodyless("DELETE", "/organisations/{uscc}/members/{userId}",
                        "/organisations/" + ownUscc + "/members/" + leaving, orgAdmin));

        // ---- people registers (gx.techmarket.directory.people): their endpoints and fixtures
        ensureVerified(gx.techmarket.platform.testing.Orgs.GX_TECH_TRANSFER);
        ensureVerified(gx.techmarket.platform.testing.Orgs.GXAS);
        endpoints = new java.util.ArrayList<>(endpoints);
        endpoints.addAll(gx.techmarket.directory.people.PeopleBadInput.endpoints());
        // ---- end of people registers

        return kit.tests("directory", endpoints);
    }

    /** A signed-in user without organisation. */
    private static String newcomer(String username) {
        return Tokens.withRoles(List.of(), Orgs.GXU).user(username, "新用户").withoutClaim("org_id")
                .withoutClaim("org_name").claim("email", username + "@example.cn").build();
    }

    private static String application(String uscc) {
        return "{\"uscc\": \"" + uscc + "\", \"name\": \"南宁入驻测试有限公司\", \"kind\": \"ENTERPRISE\", "
                + "\"region\": \"450102\", \"contactName\": \"联系人\", \"contactPhone\": \"0771-5551234\", "
                + "\"documents\": [{\"fileName\": \"营业执照.pdf\", \"content\": \""
                + Base64.getEncoder().encodeToString("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)) + "\"}]}";
    }

    /** Files an application; its id. */
    private static String filed(String token, String uscc) {
        return given().auth().oauth2(token).contentType("application/json").body(application(uscc))
                .when().post("/applications").then().statusCode(201).extract().path("id");
    }

    private static String newRegistry() {
        String first17 = "12450100" + newUscc("450100").substring(8, 17);
        return first17 + gx.techmarket.platform.security.Uscc.checkCharacter(first17);
    }
}
