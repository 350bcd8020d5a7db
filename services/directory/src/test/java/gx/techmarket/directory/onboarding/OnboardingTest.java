package gx.techmarket.directory.onboarding;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 入驻 through the directory's API: a newcomer applies with documents, the admin of its region verifies (the
 * organisation published, the applicant its administrator, Keycloak told) or rejects; the organisation's
 * administrator adds and removes colleagues. Keycloak is the recording fake (the real one: deploy/e2e OnboardingIT).
 */
@QuarkusTest
class OnboardingTest extends DirectoryServiceTest {

    private static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    @Inject
    RecordingKeycloakUsers keycloak;

    @Inject
    MembershipSync sync;

    @BeforeEach
    void keycloakUp() {
        keycloak.down(false);
        ensureVerified(Orgs.BAISE_BUREAU_OF_SCIENCE);
    }

    @AfterEach
    void tasksDone() {
        keycloak.down(false);
        clock.advance(Duration.ofHours(1));
        sync.runDue();
    }

    @Test
    void aNewcomerAppliesTheRegionalAdminVerifiesAndTheApplicantBecomesItsAdministrator() {
        String uscc = newUscc("451002");
        String applicant = newcomer("zhang.wei");

        String id = file(applicant, form(uscc, "百色芒果科技有限公司", "451002"), "营业执照.pdf", DocumentsTest.PDF,
                "照片.png", DocumentsTest.PNG)
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("regionName", equalTo("右江区"))
                .body("documents.contentType", contains("application/pdf", "image/png"))
                .extract().path("id");
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc)
                .then().statusCode(200).body("status", equalTo("APPLIED"));
        assertThat(eventTypes(uscc)).isEmpty();
        given().auth().oauth2(applicant).when().get("/applications/mine")
                .then().statusCode(200).body("membership", nullValue())
                .body("applications.id", contains(id)).body("applications[0].status", equalTo("PENDING"));

        given().auth().oauth2(BAISE_ADMIN).when().get("/applications")
                .then().statusCode(200).body("items.id", hasItem(id));
        Map<String, Object> doc = given().auth().oauth2(BAISE_ADMIN).when().get("/applications/" + id)
                .then().statusCode(200).body("actions", contains("verify", "reject"))
                .body("applicantUsername", equalTo("zhang.wei"))
                .extract().path("documents[0]");
        byte[] pdf = given().auth().oauth2(BAISE_ADMIN).when()
                .get("/applications/" + id + "/documents/" + doc.get("id"))
                .then().statusCode(200).contentType("application/pdf")
                .header("X-Content-Type-Options", "nosniff")
                .extract().asByteArray();
        assertThat(pdf).isEqualTo(DocumentsTest.PDF);
        assertThat(doc.get("sha256")).isEqualTo(Documents.sha256(DocumentsTest.PDF));

        given().auth().oauth2(BAISE_ADMIN).when().post("/applications/" + id + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        assertThat(eventTypes(uscc)).containsExactly("directory.OrganisationVerified.v1");
        given().auth().oauth2(applicant).when().get("/applications/mine")
                .then().statusCode(200).body("membership.uscc", equalTo(uscc))
                .body("membership.role", equalTo("ORG_ADMIN"));

        String userId = subject("zhang.wei");
        assertThat(keycloak.callsFor(userId)).isEmpty(); // told by the job, after the commit
        assertThat(sync.runDue()).isEqualTo(1);
        assertThat(keycloak.callsFor(userId)).containsExactly("join " + uscc + " 百色芒果科技有限公司 enterprise");
        assertThat(sync.runDue()).isZero();
    }

    @Test
    void aRejectedApplicantSeesTheReasonAndMayApplyAgain() {
        String uscc = newUscc("450103");
        String applicant = newcomer("li.na");
        String first = file(applicant, form(uscc, "南宁甘蔗研究所", "450103"), "licence.jpg", DocumentsTest.JPEG)
                .then().statusCode(201).extract().path("id");
        file(applicant, form(newUscc("450103"), "另一家", "450103"), "a.pdf", DocumentsTest.PDF)
                .then().statusCode(409).body("code", equalTo("APPLICATION_PENDING"));

        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "营业执照模糊，请重新上传"))
                .when().post("/applications/" + first + "/reject")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        given().auth().oauth2(applicant).when().get("/applications/mine")
                .then().statusCode(200).body("applications[0].rejectionReason", equalTo("营业执照模糊，请重新上传"));
        given().auth().oauth2(PROVINCE).when().post("/applications/" + first + "/verify")
                .then().statusCode(409).body("code", equalTo("APPLICATION_DECIDED"));

        file(applicant, form(uscc, "南宁甘蔗研究所有限公司", "450103"), "licence.png", DocumentsTest.PNG)
                .then().statusCode(201).body("status", equalTo("PENDING"));
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc)
                .then().statusCode(200).body("status", equalTo("APPLIED")).body("name", equalTo("南宁甘蔗研究所有限公司"));
        assertThat(eventTypes(uscc)).isEmpty();
    }

    @Test
    void badApplicationsAreRefusedAndChangeNothing() {
        String applicant = newcomer("wang.fang");
        String verified = verified(newUscc("450100"), "已核验的公司", "ENTERPRISE", "450100", null);
        String before = onboardingState();

        Map<String, String> badUscc = form("91450100MA5K3B2L5X", "错码公司", "450100");
        file(applicant, badUscc, "a.pdf", DocumentsTest.PDF)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        file(applicant, form(newUscc("450100"), "错区公司", "459999"), "a.pdf", DocumentsTest.PDF)
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        file(applicant, form(newUscc("450100"), "假文件公司", "450100"), "营业执照.pdf",
                "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body("code", equalTo("DOCUMENT_TYPE_NOT_ALLOWED"));
        file(applicant, form(newUscc("450100"), "无材料公司", "450100"))
                .then().statusCode(400).body("code", equalTo("DOCUMENT_MISSING"));
        file(applicant, form(verified, "已核验的公司", "450100"), "a.pdf", DocumentsTest.PDF)
                .then().statusCode(409).body("code", equalTo("ORGANISATION_ALREADY_VERIFIED"))
                .body("errors[0].field", equalTo("uscc"));
        given().auth().oauth2(applicant).header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("uscc", verified, "name", "x", "kind", "ENTERPRISE", "region", "450100",
                        "contactName", "王芳", "contactPhone", "0771-1234567",
                        "documents", List.of(Map.of("fileName", "a.pdf",
                                "content", Base64.getEncoder().encodeToString(DocumentsTest.PDF)))))
                .when().post("/applications")
                .then().statusCode(409).body("title", equalTo("Organisation already verified"));
        file(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR), form(newUscc("450300"), "已有机构的人", "450300"), "a.pdf",
                DocumentsTest.PDF).then().statusCode(409).body("code", equalTo("ALREADY_A_MEMBER"));
        assertThat(onboardingState()).isEqualTo(before);
    }

    @Test
    void anAdminDecidesOnlyTheApplicationsOfItsRegion() {
        String uscc = newUscc("450103");
        String id = file(newcomer("chen.jie"), form(uscc, "青秀区软件公司", "450103"), "a.pdf", DocumentsTest.PDF)
                .then().statusCode(201).extract().path("id");
        String before = onboardingState() + state();

        given().auth().oauth2(BAISE_ADMIN).when().get("/applications")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().auth().oauth2(BAISE_ADMIN).when().get("/applications/" + id)
                .then().statusCode(404).body("code", equalTo("APPLICATION_NOT_FOUND"));
        given().auth().oauth2(BAISE_ADMIN).when().post("/applications/" + id + "/verify")
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(Map.of("reason", "不在本市"))
                .when().post("/applications/" + id + "/reject")
                .then().statusCode(403).body("code", equalTo("REGION_NOT_OPERATED"));
        given().auth().oauth2(newcomer("someone.else")).when().get("/applications/" + id)
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GUILIN_SUGAR)).when().post("/applications/" + id + "/verify")
                .then().statusCode(403);
        assertThat(onboardingState() + state()).isEqualTo(before);
    }

    @Test
    void theOrganisationsAdministratorAddsAndRemovesColleaguesAndKeycloakIsToldEvenAfterAnOutage() {
        String uscc = newUscc("451002");
        String admin = newcomer("huang.min");
        String id = file(admin, form(uscc, "百色右江农机有限公司", "451002"), "a.pdf", DocumentsTest.PDF)
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(BAISE_ADMIN).when().post("/applications/" + id + "/verify").then().statusCode(200);
        sync.runDue();

        String colleagueId = UUID.randomUUID().toString();
        keycloak.register(new KeycloakUsers.User(colleagueId, "liu.yang", "刘洋", "liu.yang@example.cn", null));
        keycloak.register(new KeycloakUsers.User(UUID.randomUUID().toString(), "taken", "已有机构", "taken@example.cn",
                Orgs.GUILIN_SUGAR.uscc()));

        String before = onboardingState();
        invite(admin, uscc, "nobody@example.cn").then().statusCode(400).body("code", equalTo("ACCOUNT_NOT_FOUND"))
                .body("errors[0].field", equalTo("email"));
        invite(admin, uscc, "taken@example.cn").then().statusCode(409).body("code", equalTo("ALREADY_A_MEMBER"));
        invite(admin, Orgs.GUILIN_SUGAR.uscc(), "liu.yang@example.cn")
                .then().statusCode(403).body("code", equalTo("NOT_ORGANISATION_ADMIN"));
        invite(newcomer("outsider"), uscc, "liu.yang@example.cn")
                .then().statusCode(403).body("code", equalTo("NOT_ORGANISATION_ADMIN"));
        keycloak.down(true);
        invite(admin, uscc, "liu.yang@example.cn").then().statusCode(503).body("code", equalTo("KEYCLOAK_UNAVAILABLE"));
        keycloak.down(false);
        assertThat(onboardingState()).isEqualTo(before);

        invite(admin, uscc, "liu.yang@example.cn").then().statusCode(201)
                .body("userId", equalTo(colleagueId)).body("role", equalTo("MEMBER"));
        given().auth().oauth2(admin).when().get("/organisations/" + uscc + "/members")
                .then().statusCode(200).body("username", contains("huang.min", "liu.yang"));

        keycloak.down(true); // Keycloak is away: the directory goes on, the change waits
        assertThat(sync.runDue()).isZero();
        assertThat(Db.single(db, "select attempts from membership_sync where user_id = ? and done_at is null",
                colleagueId)).isEqualTo(1);
        keycloak.down(false);
        assertThat(sync.runDue()).as("not before its pause is over").isZero();
        clock.advance(Duration.ofSeconds(6));
        assertThat(sync.runDue()).isEqualTo(1);
        assertThat(keycloak.callsFor(colleagueId)).containsExactly("join " + uscc + " 百色右江农机有限公司 enterprise");

        given().auth().oauth2(admin).when().delete("/organisations/" + uscc + "/members/" + subject("huang.min"))
                .then().statusCode(409).body("code", equalTo("LAST_ORGANISATION_ADMIN"));
        given().auth().oauth2(admin).when().delete("/organisations/" + uscc + "/members/" + colleagueId)
                .then().statusCode(200).body("username", contains("huang.min"));
        sync.runDue();
        assertThat(keycloak.callsFor(colleagueId)).containsExactly("join " + uscc + " 百色右江农机有限公司 enterprise",
                "leave enterprise");
        given().auth().oauth2(newcomer("outsider")).when().get("/organisations/" + uscc + "/members")
                .then().statusCode(403).body("code", equalTo("NOT_ORGANISATION_ADMIN"));
        given().auth().oauth2(newcomer("outsider")).when().get("/applications/mine")
                .then().statusCode(200).body("applications", empty());
    }

    // ---- helpers

    /** A signed-in market user without organisation: no org_id, no role. */
    private static String newcomer(String username) {
        return Tokens.withRoles(List.of(), Orgs.GXU).user(username, "新用户 " + username)
                .withoutClaim("org_id").withoutClaim("org_name").withoutClaim("org_kind")
                .withoutClaim("org_region").claim("email", username + "@example.cn").build();
    }

    /** The Keycloak user id of a test user (Tokens derives the subject from the username). */
    private static String subject(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, String> form(String uscc, String name, String region) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("uscc", uscc);
        form.put("name", name);
        form.put("kind", "ENTERPRISE");
        form.put("region", region);
        form.put("contactName", "联系人");
        form.put("contactPhone", "0776-2812345");
        return form;
    }

    /** Files the form with documents given as name, bytes, name, bytes … */
    private static io.restassured.response.Response file(String token, Map<String, String> form, Object... documents) {
        Map<String, Object> body = new LinkedHashMap<>(form);
        List<Map<String, String>> docs = new java.util.ArrayList<>();
        for (int i = 0; i < documents.length; i += 2) {
            docs.add(Map.of("fileName", (String) documents[i],
                    "content", Base64.getEncoder().encodeToString((byte[]) documents[i + 1])));
        }
        body.put("documents", docs);
        return given().auth().oauth2(token).contentType("application/json").body(body).when().post("/applications");
    }

    private static io.restassured.response.Response invite(String token, String uscc, String email) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("email", email))
                .when().post("/organisations/" + uscc + "/members");
    }

    private String onboardingState() {
        return Db.single(db, """
                select md5(coalesce((select string_agg(a::text, '|' order by a.id) from organisation_application a), '')
                    || (select count(*) from application_document)::text
                    || coalesce((select string_agg(m::text, '|' order by m.id) from membership m), '')
                    || (select count(*) from membership_sync)::text
                    || (select count(*) from organisation)::text)""").toString();
    }
}
