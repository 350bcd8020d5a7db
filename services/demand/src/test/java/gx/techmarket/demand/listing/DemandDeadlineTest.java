package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.LIUZHOU_AUTO;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.demand.infra.AdjustableClock;
import gx.techmarket.platform.listing.testing.Operators;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The deadline by the service's clock: once it is today or past, a demand is neither submitted, published nor listed. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandDeadlineTest {

    @Inject
    AdjustableClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void aDraftWhoseDeadlineHasComeCannotBeSubmittedUntilItIsMovedOn() {
        String id = Requests.create(LIUZHOU_AUTO, inDays(3));
        clock.advance(Duration.ofDays(3));
        given().auth().oauth2(LIUZHOU_AUTO).header("Accept-Language", "en").when().post("/demands/" + id + "/submit")
                .then().statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("DRAFT");
        // the deadline is checked against the service's clock, not the client's
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(inDays(3))
                .when().put("/demands/" + id).then().statusCode(400).body("code", equalTo("DEADLINE_IN_PAST"));
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(inDays(10))
                .when().put("/demands/" + id).then().statusCode(200);
        given().auth().oauth2(LIUZHOU_AUTO).when().post("/demands/" + id + "/submit").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));
    }

    @Test
    void aSubmissionWhoseDeadlinePassedDuringReviewIsNotPublished() {
        String id = Requests.submitted(LIUZHOU_AUTO, inDays(2));
        clock.advance(Duration.ofDays(5));
        given().auth().oauth2(Operators.PROVINCE).when().post("/demands/" + id + "/approve")
                .then().statusCode(409).body("code", equalTo("DEADLINE_PASSED"));
        assertThat(Rows.statusOf(dataSource, id)).isEqualTo("SUBMITTED");
        assertThat(Rows.outboxRows(dataSource, id)).isZero();
        // the operator sends it back instead, and the enterprise sets a new deadline
        given().auth().oauth2(Operators.PROVINCE).contentType("application/json").body(Map.of("reason", "截止日期已过，请重新设定"))
                .when().post("/demands/" + id + "/reject").then().statusCode(200);
    }

    @Test
    void aPublishedDemandLeavesTheListOnTheDayAfterItsDeadline() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(1));
        String reader = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
        given().auth().oauth2(reader).queryParam("industry", "AUTOMOTIVE").queryParam("size", 100).when().get("/demands")
                .then().statusCode(200).body("items.id", hasItem(id));
        clock.advance(Duration.ofDays(1));
        given().auth().oauth2(reader).queryParam("industry", "AUTOMOTIVE").queryParam("size", 100).when().get("/demands")
                .then().statusCode(200).body("items.id", hasItem(id));
        given().when().get("/public/demands/" + id).then().statusCode(200);
        clock.advance(Duration.ofDays(1));
        given().auth().oauth2(reader).queryParam("industry", "AUTOMOTIVE").queryParam("size", 100).when().get("/demands")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        // off the market for visitors as well, its page too
        given().queryParam("industry", "AUTOMOTIVE").queryParam("size", 100).when().get("/public/demands")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        given().when().get("/public/demands/" + id).then().statusCode(404).body("code", equalTo("DEMAND_NOT_FOUND"));
        // still readable by its address, as published
        given().auth().oauth2(reader).when().get("/demands/" + id).then().statusCode(200).body("status", equalTo("PUBLISHED"));
    }

    private static Map<String, Object> inDays(int days) {
        Map<String, Object> body = Requests.demand("新能源汽车电池包轻量化壳体", "需要铝合金或复合材料电池包壳体的设计与成型技术。", "AUTOMOTIVE",
                "450200");
        body.put("deadline", Requests.today().plusDays(days).toString());
        return body;
    }
}
