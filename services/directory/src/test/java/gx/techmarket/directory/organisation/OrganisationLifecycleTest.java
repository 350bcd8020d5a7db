package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.directory.DirectoryServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 申请中 → 已核验 → 已停用 → 已核验, each verified state published, every change in the history. */
@QuarkusTest
class OrganisationLifecycleTest extends DirectoryServiceTest {

    @Test
    void anApplicationIsNeverPublishedItsVerificationIsAndASecondVerificationIsRefused() {
        String uscc = newUscc("450103");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("uscc", uscc, "name", "南宁蔗糖科技有限公司", "nameEn", "Nanning Cane Sugar Tech",
                        "kind", "ENTERPRISE", "region", "450103"))
                .when().post("/organisations")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/organisations/" + uscc))
                .body("status", equalTo("APPLIED"))
                .body("regionName", equalTo("青秀区"))
                .body("actions", contains("edit", "verify", "grant-qualification", "set-bank-account"));
        assertThat(eventTypes(uscc)).isEmpty();

        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED"))
                .body("actions", contains("edit", "suspend", "grant-qualification", "set-bank-account"));
        assertThat(events("directory.OrganisationVerified.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("organisation.uscc")).isEqualTo(uscc);
            assertThat(json.getString("organisation.name")).isEqualTo("南宁蔗糖科技有限公司");
            assertThat(json.getString("organisation.nameEn")).isEqualTo("Nanning Cane Sugar Tech");
            assertThat(json.getString("organisation.kind")).isEqualTo("ENTERPRISE");
            assertThat(json.getString("organisation.region")).isEqualTo("450103");
            assertThat(json.getString("organisation.parentUscc")).isNull();
            assertThat(json.getString("verifiedAt")).isNotBlank();
        });

        String before = state();
        given().auth().oauth2(PROVINCE).header("Accept-Language", "en").when().post("/organisations/" + uscc + "/verify")
                .then().statusCode(409).body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("uscc", uscc, "name", "又一次申请", "kind", "ENTERPRISE", "region", "450103"))
                .when().post("/organisations")
                .then().statusCode(409).body("code", equalTo("ORGANISATION_EXISTS"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aSuspendedOrganisationIsToldWithItsReasonAndVerifiedAgain() {
        String uscc = verified(newUscc("450200"), "柳州螺蛳粉产业研究有限公司", "ENTERPRISE", "450200", null);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "营业执照已吊销"))
                .when().post("/organisations/" + uscc + "/suspend")
                .then().statusCode(200).body("status", equalTo("SUSPENDED"))
                .body("suspensionReason", equalTo("营业执照已吊销"))
                .body("actions", contains("edit", "verify", "set-bank-account"));
        assertThat(events("directory.OrganisationSuspended.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("uscc")).isEqualTo(uscc);
            assertThat(json.getString("name")).isEqualTo("柳州螺蛳粉产业研究有限公司");
            assertThat(json.getString("reason")).isEqualTo("营业执照已吊销");
        });

        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/verify")
                .then().statusCode(200).body("status", equalTo("VERIFIED")).body("suspensionReason", nullValue());
        assertThat(eventTypes(uscc)).containsExactly("directory.OrganisationVerified.v1",
                "directory.OrganisationSuspended.v1", "directory.OrganisationVerified.v1");
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc + "/history")
                .then().statusCode(200)
                .body("items.action", contains("verify", "suspend", "verify", "create"))
                .body("items[1].before.status", equalTo("VERIFIED"))
                .body("items[1].after.status", equalTo("SUSPENDED"))
                .body("items[1].after.suspensionReason", equalTo("营业执照已吊销"))
                .body("items[1].actor.organisation", equalTo("11450000000008344N"));
    }

    @Test
    void anEditOfAVerifiedOrganisationIsPublishedWithWhatChangedAndAnEditThatChangesNothingIsNot() {
        String uscc = verified(newUscc("450300"), "桂林漓江生物科技有限公司", "ENTERPRISE", "450300", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("name", "桂林漓江生物科技股份有限公司", "nameEn", "Guilin Lijiang Biotech", "kind", "ENTERPRISE",
                        "region", "450321"))
                .when().put("/organisations/" + uscc)
                .then().statusCode(200).body("name", equalTo("桂林漓江生物科技股份有限公司")).body("region", equalTo("450321"));
        assertThat(events("directory.OrganisationChanged.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getList("changed", String.class)).containsExactly("name", "nameEn", "region");
            assertThat(json.getString("organisation.name")).isEqualTo("桂林漓江生物科技股份有限公司");
            assertThat(json.getString("organisation.region")).isEqualTo("450321");
        });

        String before = state();
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("name", "桂林漓江生物科技股份有限公司", "nameEn", "Guilin Lijiang Biotech", "kind", "ENTERPRISE",
                        "region", "450321"))
                .when().put("/organisations/" + uscc).then().statusCode(200);
        assertThat(state()).isEqualTo(before);
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc + "/history")
                .then().statusCode(200).body("items.action", contains("edit", "verify", "create"))
                .body("items[0].before.name", equalTo("桂林漓江生物科技有限公司"))
                .body("items[0].after.name", equalTo("桂林漓江生物科技股份有限公司"));
    }

    @Test
    void anApplicationsEditIsNotPublished() {
        String uscc = newUscc("450500");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(uscc, "北海海洋生物有限公司", "ENTERPRISE", "450500", null))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("name", "北海海洋生物科技有限公司", "kind", "SOCIETY", "region", "450502"))
                .when().put("/organisations/" + uscc).then().statusCode(200).body("kind", equalTo("SOCIETY"));
        assertThat(eventTypes(uscc)).isEmpty();
        given().auth().oauth2(PROVINCE).when().get("/organisations?status=APPLIED&kind=SOCIETY&size=100")
                .then().statusCode(200).body("items.uscc", hasItems(uscc));
    }

    @Test
    void anInvalidUsccOrRegionIsRefusedInTheCallersLanguageAndNothingChanges() {
        String valid = newUscc("450100");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        String before = state();
        given().auth().oauth2(PROVINCE).header("Accept-Language", "en").contentType("application/json")
                .body(organisation(wrongCheck, "校验码错误有限公司", "ENTERPRISE", "450100", null))
                .when().post("/organisations")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("uscc"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("check character"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(valid, "区划错误有限公司", "ENTERPRISE", "450199", null))
                .when().post("/organisations")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("region"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("行政区划代码"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(valid, "上级代码错误有限公司", "ENTERPRISE", "450100", "91450100MA5K3B2L5X"))
                .when().post("/organisations")
                .then().statusCode(400).body("errors[0].field", equalTo("parentUscc"));
        assertThat(state()).isEqualTo(before);
    }
}
