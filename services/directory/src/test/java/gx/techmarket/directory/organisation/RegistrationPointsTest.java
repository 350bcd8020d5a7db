package gx.techmarket.directory.organisation;

import static gx.techmarket.directory.organisation.QualificationsTest.qualification;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.security.Uscc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** 技术合同登记机构: a point code per point, of the point's city, opened and closed as events. */
@QuarkusTest
class RegistrationPointsTest extends DirectoryServiceTest {

    private static final LocalDate SINCE = LocalDate.of(2024, 1, 1);

    /** A registration body's USCC (机构编制 1 + 2). */
    private static String registryUscc(String region) {
        String first17 = "12" + region + newUscc(region).substring(8, 17);
        return first17 + Uscc.checkCharacter(first17);
    }

    @Test
    void aPointOpensUnderItsQualificationsCodeAndClosesWithAReason() {
        String uscc = verified(registryUscc("450521"), "合浦县技术合同登记点", "REGISTRY", "450521", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0502", SINCE, null))
                .when().post("/organisations/" + uscc + "/qualifications").then().statusCode(201)
                .body("actions", hasItem("open-registration-point"));
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/registration-point/open")
                .then().statusCode(200).body("registrationPoint.code", equalTo("0502"))
                .body("registrationPoint.open", equalTo(true))
                .body("actions", hasItem("close-registration-point"));
        assertThat(events("directory.RegistrationPointOpened.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("code")).isEqualTo("0502");
            assertThat(json.getString("region")).isEqualTo("450521");
            assertThat(json.getString("name")).isEqualTo("合浦县技术合同登记点");
        });
        given().when().get("/public/registration-points?size=100").then().statusCode(200)
                .body("items.find { it.uscc == '" + uscc + "' }.code", equalTo("0502"));

        String before = state();
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/registration-point/open")
                .then().statusCode(409).body("code", equalTo("REGISTRATION_POINT_ALREADY_OPEN"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("name", "合浦县技术合同登记点", "kind", "AGENCY", "region", "450521"))
                .when().put("/organisations/" + uscc).then().statusCode(409)
                .body("code", equalTo("REGISTRATION_POINT_OPEN"));
        assertThat(state()).isEqualTo(before);

        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "并入北海市登记站"))
                .when().post("/organisations/" + uscc + "/registration-point/close")
                .then().statusCode(200).body("registrationPoint.open", equalTo(false));
        assertThat(events("directory.RegistrationPointClosed.v1", uscc)).singleElement()
                .satisfies(payload -> assertThat(JsonPath.from(payload).getString("reason")).isEqualTo("并入北海市登记站"));
        given().when().get("/public/registration-points?size=100").then().statusCode(200)
                .body("items.uscc", not(hasItem(uscc)));
    }

    @Test
    void aCodeIsOfThePointsCityAndOfOnePointOnly() {
        String first = verified(registryUscc("450600"), "防城港市第二技术合同登记点", "REGISTRY", "450600", null);
        String second = verified(registryUscc("450681"), "东兴市技术合同登记点", "REGISTRY", "450681", null);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0602", SINCE, null))
                .when().post("/organisations/" + first + "/qualifications").then().statusCode(201);

        String before = state();
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0602", SINCE, null))
                .when().post("/organisations/" + second + "/qualifications")
                .then().statusCode(409).body("code", equalTo("POINT_CODE_TAKEN"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0703", SINCE, null))
                .when().post("/organisations/" + second + "/qualifications")
                .then().statusCode(400).body("code", equalTo("POINT_CODE_NOT_OF_CITY"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void onlyAVerifiedRegistrationBodyWithAValidQualificationOpens() {
        String agency = verified(newUscc("450700"), "钦州技术转移有限公司", "AGENCY", "450700", null);
        String unqualified = verified(registryUscc("450700"), "钦州市第三技术合同登记点", "REGISTRY", "450700", null);
        String before = state();
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + agency + "/registration-point/open")
                .then().statusCode(409).body("code", equalTo("NOT_A_REGISTRATION_BODY"));
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + unqualified + "/registration-point/open")
                .then().statusCode(409).body("code", equalTo("NO_REGISTRATION_QUALIFICATION"));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "无"))
                .when().post("/organisations/" + unqualified + "/registration-point/close")
                .then().statusCode(409).body("code", equalTo("REGISTRATION_POINT_NOT_OPEN"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void suspendingAPointsOrganisationOrRevokingItsQualificationClosesIt() {
        String uscc = verified(registryUscc("450800"), "贵港市第二技术合同登记点", "REGISTRY", "450800", null);
        String id = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0802", SINCE, null))
                .when().post("/organisations/" + uscc + "/qualifications").then().statusCode(201)
                .extract().path("qualifications[0].id");
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/registration-point/open")
                .then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "资质撤销"))
                .when().post("/organisations/" + uscc + "/qualifications/" + id + "/revoke").then().statusCode(200)
                .body("registrationPoint.open", equalTo(false));
        assertThat(eventTypes(uscc)).containsExactly("directory.OrganisationVerified.v1",
                "directory.QualificationGranted.v1", "directory.RegistrationPointOpened.v1",
                "directory.QualificationExpired.v1", "directory.RegistrationPointClosed.v1");

        // a new qualification under the same code reopens it; suspending the body closes it again
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0802", SINCE, null))
                .when().post("/organisations/" + uscc + "/qualifications").then().statusCode(201);
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/registration-point/open")
                .then().statusCode(200);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "停业"))
                .when().post("/organisations/" + uscc + "/suspend").then().statusCode(200)
                .body("registrationPoint.open", equalTo(false));
        assertThat(eventTypes(uscc)).endsWith("directory.OrganisationSuspended.v1",
                "directory.RegistrationPointClosed.v1");
    }
}
