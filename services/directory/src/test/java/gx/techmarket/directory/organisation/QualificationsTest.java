package gx.techmarket.directory.organisation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import gx.techmarket.directory.DirectoryServiceTest;
import gx.techmarket.platform.domain.MarketClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Qualifications with their periods: granted, revoked, and ended by the daily job once their last day is past. */
@QuarkusTest
class QualificationsTest extends DirectoryServiceTest {

    @Inject
    QualificationExpiry expiry;

    @Test
    void aGrantToAVerifiedOrganisationIsPublishedAndARevocationTellsWhy() {
        String uscc = verified(newUscc("450100"), "南宁高新电子有限公司", "ENTERPRISE", "450100", null);
        LocalDate today = MarketClock.today(clock);
        String id = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("HIGH_TECH_ENTERPRISE", "GR202545000777", today.minusMonths(1),
                        today.plusYears(3)))
                .when().post("/organisations/" + uscc + "/qualifications")
                .then().statusCode(201)
                .body("qualifications", hasSize(1))
                .body("qualifications[0].validToday", equalTo(true))
                .body("qualifications[0].actions", contains("revoke"))
                .extract().path("qualifications[0].id");
        assertThat(events("directory.QualificationGranted.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("qualification.id")).isEqualTo(id);
            assertThat(json.getString("qualification.kind")).isEqualTo("HIGH_TECH_ENTERPRISE");
            assertThat(json.getString("qualification.number")).isEqualTo("GR202545000777");
            assertThat(json.getString("qualification.validFrom")).isEqualTo(today.minusMonths(1).toString());
        });

        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "认定时弄虚作假"))
                .when().post("/organisations/" + uscc + "/qualifications/" + id + "/revoke")
                .then().statusCode(200).body("qualifications[0].revoked", equalTo(true))
                .body("qualifications[0].validToday", equalTo(false));
        assertThat(events("directory.QualificationExpired.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("qualificationId")).isEqualTo(id);
            assertThat(json.getString("reason")).isEqualTo("认定时弄虚作假");
            assertThat(json.getString("expiredOn")).isEqualTo(today.minusDays(1).toString());
        });
        String before = state();
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("reason", "再撤销一次"))
                .when().post("/organisations/" + uscc + "/qualifications/" + id + "/revoke")
                .then().statusCode(409).body("code", equalTo("QUALIFICATION_ENDED"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aQualificationEndingBeforeItStartsOrMisnumberedIsRefusedAndNothingChanges() {
        String uscc = verified(newUscc("450200"), "柳州科技型小企业有限公司", "ENTERPRISE", "450200", null);
        String before = state();
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("TECH_SME", "2026450200A0099", LocalDate.of(2026, 5, 1),
                        LocalDate.of(2026, 4, 30)))
                .when().post("/organisations/" + uscc + "/qualifications")
                .then().statusCode(400).body("code", equalTo("QUALIFICATION_ENDS_BEFORE_IT_STARTS"))
                .body("errors[0].field", equalTo("validTo"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("HIGH_TECH_ENTERPRISE", "12345", LocalDate.of(2026, 5, 1), null))
                .when().post("/organisations/" + uscc + "/qualifications")
                .then().statusCode(400).body("code", equalTo("QUALIFICATION_NUMBER_INVALID"));
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("CONTRACT_REGISTRATION_BODY", "0202", LocalDate.of(2026, 5, 1), null))
                .when().post("/organisations/" + uscc + "/qualifications")
                .then().statusCode(400).body("code", equalTo("QUALIFICATION_NOT_FOR_KIND"));
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void anApplicationsQualificationsArePublishedWithItsVerification() {
        String uscc = newUscc("450900");
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(organisation(uscc, "玉林中药材科技有限公司", "ENTERPRISE", "450900", null))
                .when().post("/organisations").then().statusCode(201);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("TECH_SME", "2026450900B0031", LocalDate.of(2026, 1, 1), null))
                .when().post("/organisations/" + uscc + "/qualifications").then().statusCode(201);
        assertThat(eventTypes(uscc)).isEmpty();
        given().auth().oauth2(PROVINCE).when().post("/organisations/" + uscc + "/verify").then().statusCode(200);
        assertThat(eventTypes(uscc)).containsExactly("directory.OrganisationVerified.v1",
                "directory.QualificationGranted.v1");
    }

    @Test
    void theDailyJobEndsAQualificationOnceTheDayAfterItsLastDay() {
        String uscc = verified(newUscc("451100"), "贺州碳酸钙科技有限公司", "ENTERPRISE", "451100", null);
        LocalDate lastDay = MarketClock.today(clock).plusDays(2);
        given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(qualification("HIGH_TECH_ENTERPRISE", "GR202345001101", lastDay.minusYears(3).plusDays(1),
                        lastDay))
                .when().post("/organisations/" + uscc + "/qualifications").then().statusCode(201);

        clock.advance(Duration.ofDays(2));
        expiry.endPast();
        assertThat(events("directory.QualificationExpired.v1", uscc)).isEmpty(); // its last day is today

        clock.advance(Duration.ofDays(1));
        expiry.endPast();
        expiry.endPast();
        assertThat(events("directory.QualificationExpired.v1", uscc)).singleElement().satisfies(payload -> {
            JsonPath json = JsonPath.from(payload);
            assertThat(json.getString("expiredOn")).isEqualTo(lastDay.toString());
            assertThat(json.getString("reason")).isNull();
            assertThat(json.getString("kind")).isEqualTo("HIGH_TECH_ENTERPRISE");
        });
        given().auth().oauth2(PROVINCE).when().get("/organisations/" + uscc)
                .then().statusCode(200).body("qualifications[0].validToday", equalTo(false))
                .body("qualifications[0].actions", hasSize(0));
    }

    static Map<String, Object> qualification(String kind, String number, LocalDate from, LocalDate to) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("number", number);
        body.put("validFrom", from.toString());
        if (to != null) {
            body.put("validTo", to.toString());
        }
        return body;
    }
}
