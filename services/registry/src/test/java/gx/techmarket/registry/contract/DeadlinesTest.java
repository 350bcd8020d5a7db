package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BAISE_ADMIN;
import static gx.techmarket.registry.contract.Flows.PROVINCE;
import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static gx.techmarket.registry.contract.Flows.SELLER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The registration clock on the working-day calendar: 15 working days across 2026's National Day with its 调休
 * Saturday, overdue filings in the queue, and a deadline in a year not loaded, provisional until its notice is.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class DeadlinesTest extends RegistersInOtherYears {

    /** 10:00 in China on {@code date}. */
    private static Instant chinaMorning(String date) {
        return Instant.parse(date + "T02:00:00Z");
    }

    /** A brokered contract filed (signed 2026-09-01) and accepted by 南宁 on {@code date}. */
    private String acceptedOn(String date) {
        String id = Flows.brokeredDraft(db);
        Map<String, Object> filing = Flows.millionWithEquipment();
        filing.put("signedOn", "2026-09-01");
        Flows.submit(SELLER, id, filing);
        clock.setTo(chinaMorning(date));
        Flows.accept(id);
        return id;
    }

    @Test
    void fifteenWorkingDaysFromTheEveOfNationalDayFallDueOnTheTwentySeventhOfOctober() {
        String early = acceptedOn("2026-09-30");
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + early).then().statusCode(200)
                .body("deadline.startedOn", equalTo("2026-09-30"))
                .body("deadline.dueOn", equalTo("2026-10-27"))
                .body("deadline.workingDays", equalTo(15))
                .body("deadline.unit", equalTo("WORKING_DAYS"))
                .body("deadline.provisional", equalTo(false))
                .body("deadline.overdue", equalTo(false))
                .body("deadline.workingDaysLeft", equalTo(15));
        // the seller sees the same clock
        given().auth().oauth2(SELLER).when().get("/contracts/" + early).then().statusCode(200)
                .body("deadline.dueOn", equalTo("2026-10-27"));
        String later = acceptedOn("2026-10-09");

        // Sat 10 Oct is worked (调休): from Fri 9 Oct the 15th working day is Thu 29 Oct, not Fri 30 Oct
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + later).then().statusCode(200)
                .body("deadline.dueOn", equalTo("2026-10-29"));

        clock.setTo(chinaMorning("2026-10-28"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + early).then().statusCode(200)
                .body("deadline.overdue", equalTo(true))
                .body("deadline.workingDaysLeft", equalTo(-1));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?overdue=true&size=100").then().statusCode(200)
                .body("items.id", hasItem(early)).body("items.id", not(hasItem(later)));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?overdue=false&size=100").then().statusCode(200)
                .body("items.id", hasItem(later)).body("items.id", not(hasItem(early)));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?dueBefore=2026-10-28&status=ACCEPTED&size=100")
                .then().statusCode(200).body("items.id", hasItem(early)).body("items.id", not(hasItem(later)));
        List<String> byDeadline = given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?size=100")
                .then().statusCode(200).extract().path("items.id");
        assertThat(byDeadline.indexOf(early)).isNotNegative().isLessThan(byDeadline.indexOf(later));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?sort=soonest").then().statusCode(400);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?type=TRANSFER_PATENT&size=100").then()
                .statusCode(200).body("items.id", hasItem(early));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?type=CONSULTING&size=100").then()
                .statusCode(200).body("items.id", not(hasItem(early)));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?type=NO_SUCH_TYPE").then().statusCode(400)
                .body("code", equalTo("CONTRACT_TYPE_UNKNOWN"));
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?overdue=maybe").then().statusCode(400);
        given().auth().oauth2(REGISTRAR).when().get("/contracts/queue?dueBefore=2026-02-30").then().statusCode(400)
                .body("errors[0].field", equalTo("dueBefore"));
    }

    @Test
    void aDeadlineInAYearNotLoadedIsProvisionalUntilAnAdminOfTheProvinceLoadsIt() {
        given().auth().oauth2(SELLER).when().get("/calendar/2026").then().statusCode(200)
                .body("loaded", equalTo(true))
                .body("source", containsString("国务院办公厅关于2026年部分节假日安排的通知"))
                .body("days.find { it.date == '2026-10-10' }.kind", equalTo("WORKDAY"))
                .body("days.find { it.date == '2026-02-17' }.name", equalTo("春节"));
        String id = acceptedOn("2026-12-21");
        // Mon 21 Dec + 15 working days, Monday to Friday into 2027: Mon 11 Jan, provisional
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("deadline.dueOn", equalTo("2027-01-11"))
                .body("deadline.provisional", equalTo(true));

        Map<String, Object> notice = Map.of("source", "国务院办公厅关于2027年部分节假日安排的通知（测试）",
                "publishedOn", "2026-11-04",
                "days", List.of(Map.of("date", "2027-01-01", "kind", "HOLIDAY", "name", "元旦")));
        given().auth().oauth2(BAISE_ADMIN).contentType("application/json").body(notice)
                .when().put("/calendar/2027").then().statusCode(403).body("code", equalTo("NOT_PROVINCE_ADMIN"));
        given().auth().oauth2(REGISTRAR).contentType("application/json").body(notice)
                .when().put("/calendar/2027").then().statusCode(403);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("source", "x",
                        "publishedOn", "2026-11-04",
                        "days", List.of(Map.of("date", "2028-01-01", "kind", "HOLIDAY", "name", "元旦"))))
                .when().put("/calendar/2027").then().statusCode(400)
                .body("code", equalTo("CALENDAR_DAY_OUTSIDE_YEAR")).body("errors[0].field", equalTo("days[0].date"));
        given().auth().oauth2(PROVINCE).contentType("application/json").body(Map.of("source", "x",
                        "publishedOn", "2026-11-04",
                        "days", List.of(Map.of("date", "2027-01-04", "kind", "WORKDAY", "name", "调休"))))
                .when().put("/calendar/2027").then().statusCode(400)
                .body("code", equalTo("CALENDAR_WORKDAY_NOT_WEEKEND"));
        given().auth().oauth2(SELLER).when().get("/calendar/2027").then().statusCode(200)
                .body("loaded", equalTo(false));

        given().auth().oauth2(PROVINCE).contentType("application/json").body(notice)
                .when().put("/calendar/2027").then().statusCode(200)
                .body("loaded", equalTo(true)).body("days.size()", equalTo(1));
        // 1 Jan 2027 is a holiday now: one day later, and certain
        given().auth().oauth2(REGISTRAR).when().get("/contracts/" + id).then().statusCode(200)
                .body("deadline.dueOn", equalTo("2027-01-12"))
                .body("deadline.provisional", equalTo(false));
    }
}
