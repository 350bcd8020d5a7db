package gx.techmarket.statistics.open;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.ResultWithdrawn;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.statistics.Events;
import gx.techmarket.statistics.StatisticsServiceTest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * 开放数据: a published result and demand are there as their publications said them, in pages, CSV and JSON; a
 * withdrawn result is gone from them and in the change feed; nothing personal, no contact, nothing unpublished ever
 * leaves; a cursor the market never issued is refused; a flood is 429 with Retry-After.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenDataTest extends StatisticsServiceTest {

    @Test
    @Order(1)
    void publishedListingsAreThereWithdrawnOnesGoAndTheFeedSaysSo() {
        String start = given().when().get("/open/v1/changes?limit=1000").then().statusCode(200).extract()
                .path("nextCursor");
        // read to the end of what is there, so the feed below holds only this test's changes
        String cursor = start;
        while (true) {
            Response page = given().queryParam("cursor", cursor).queryParam("limit", 1000).when()
                    .get("/open/v1/changes");
            List<Object> items = page.path("items");
            cursor = page.path("nextCursor");
            if (items.isEmpty()) {
                break;
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ResultPublished result = new ResultPublished(UUID.randomUUID(), "糖蜜发酵生产酵母技术", "以糖蜜为原料的高活性酵母发酵工艺。",
                "SUGAR", Maturity.PILOT, 7, List.of(TransferMode.TRANSFER, TransferMode.LICENSE),
                new BigDecimal("880000.00"), false, List.of(), Orgs.GXU, "450100", now.minusSeconds(60), List.of(),
                "High-activity yeast from molasses", "A fermentation process for high-activity yeast, \"molasses\" based.");
        ResultPublished withdrawn = new ResultPublished(UUID.randomUUID(), "甘蔗脱毒种苗快繁技术", "组培快繁。", "SUGAR",
                Maturity.INDUSTRIAL, 9, List.of(TransferMode.LICENSE), null, true, List.of(), Orgs.GXAS, "450100",
                now.minusSeconds(50));
        DemandPublished demand = new DemandPublished(UUID.randomUUID(), "铝灰无害化处置", "需要铝灰无害化与资源化方案。",
                "ALUMINIUM", new BigDecimal("300000.00"), new BigDecimal("900000.00"), LocalDate.now().plusDays(60),
                "451000", List.of(CooperationMode.COMMISSIONED_DEVELOPMENT), Orgs.BAISE_ALUMINIUM,
                now.minusSeconds(40), "Harmless disposal of aluminium dross", null);
        Events.send(db, result, withdrawn, demand,
                new ResultWithdrawn(withdrawn.resultId(), Orgs.GXAS.uscc(), "已转让", now.minusSeconds(30)));

        String results = given().when().get("/open/v1/results?size=100").then().statusCode(200)
                .header("Link", "</open/v1/licence>; rel=\"license\"").extract().asString();
        assertThat(results).contains(result.resultId().toString(), "糖蜜发酵生产酵母技术", "\"askingPrice\":\"880000.00\"",
                "广西大学").doesNotContain(withdrawn.resultId().toString());
        given().when().get("/open/v1/demands?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + demand.demandId() + "' }.budgetMax", equalTo("900000.00"));
        String csv = given().when().get("/open/v1/results.csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        // English title and summary as published (for the China–ASEAN platform), quoted where CSV needs it
        assertThat(results).contains("\"titleEn\":\"High-activity yeast from molasses\"");
        given().when().get("/open/v1/demands?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + demand.demandId() + "' }.titleEn",
                        equalTo("Harmless disposal of aluminium dross"));
        assertThat(csv).contains(",publishedAt,titleEn,summaryEn").contains(
                "High-activity yeast from molasses,\"A fermentation process for high-activity yeast, \"\"molasses\"\" based.\"");
        assertThat(csv).startsWith("\uFEFFid,kind,title").contains(result.resultId() + ",RESULT,糖蜜发酵生产酵母技术")
                .doesNotContain(withdrawn.resultId().toString());
        String json = given().when().get("/open/v1/demands.json").then().statusCode(200).extract().asString();
        assertThat(json).startsWith("[").contains(demand.demandId().toString()).endsWith("]");
        // nothing personal: no contact, phone, e-mail or person ever leaves (publications carry none)
        for (String body : List.of(results, csv, json)) {
            assertThat(body).doesNotContainIgnoringCase("contact").doesNotContainIgnoringCase("phone")
                    .doesNotContainIgnoringCase("email").doesNotContainIgnoringCase("inventor");
        }

        List<String> changes = given().queryParam("cursor", cursor).when().get("/open/v1/changes").then()
                .statusCode(200).extract().path("items.change");
        List<String> ids = given().queryParam("cursor", cursor).when().get("/open/v1/changes").then()
                .extract().path("items.listingId");
        // the topics are read side by side: their order between topics is the order they were taken in
        assertThat(changes).containsExactlyInAnyOrder("PUBLISHED", "PUBLISHED", "PUBLISHED", "WITHDRAWN");
        int gone = changes.indexOf("WITHDRAWN");
        assertThat(ids.get(gone)).isEqualTo(withdrawn.resultId().toString());
        assertThat(ids.indexOf(withdrawn.resultId().toString())).as("published before it was withdrawn")
                .isLessThan(gone);
        String next = given().queryParam("cursor", cursor).when().get("/open/v1/changes").then().extract()
                .path("nextCursor");
        given().queryParam("cursor", next).when().get("/open/v1/changes").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.empty()).body("nextCursor", equalTo(next));
    }

    @Test
    @Order(2)
    void aCursorTheMarketNeverIssuedIsRefused() {
        String issued = given().when().get("/open/v1/changes?limit=1").then().statusCode(200).extract()
                .path("nextCursor");
        String altered = (issued.charAt(0) == 'A' ? 'B' : 'A') + issued.substring(1);
        for (String cursor : List.of("42", "not-a-cursor", altered, "A".repeat(100))) {
            given().queryParam("cursor", cursor).when().get("/open/v1/changes").then().statusCode(400)
                    .body("code", equalTo("CURSOR_NOT_ISSUED")).body("errors[0].field", equalTo("cursor"));
        }
        given().when().get("/open/v1/changes?limit=0").then().statusCode(400).body("code", equalTo("INVALID_LIMIT"));
        given().when().get("/open/v1/results?colour=red").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_PARAMETER"));
        given().when().get("/open/v1/statistics/contracts?by=sellerKind").then().statusCode(400)
                .body("code", equalTo("UNKNOWN_DIMENSION"));
        given().when().get("/open/v1/statistics/contracts?year=2999").then().statusCode(400)
                .body("code", equalTo("INVALID_YEAR"));
        given().when().get("/open/v1/licence").then().statusCode(200).body("licence", equalTo("CC-BY-4.0"));
    }

    /** Last: it spends this client's share. */
    @Test
    @Order(3)
    void aFloodIsToldToComeBackLater() {
        int limited = 0;
        String retryAfter = null;
        for (int i = 0; i < 200 && limited == 0; i++) {
            Response r = given().when().get("/open/v1/licence");
            if (r.statusCode() == 429) {
                limited = 429;
                retryAfter = r.header("Retry-After");
                assertThat(r.contentType()).startsWith("application/problem+json");
                assertThat(r.<String>path("code")).isEqualTo("RATE_LIMITED");
            }
        }
        assertThat(limited).as("429 within 200 requests of a 120-a-minute share").isEqualTo(429);
        assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60);
    }
}
