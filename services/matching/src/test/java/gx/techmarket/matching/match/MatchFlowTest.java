package gx.techmarket.matching.match;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.Maturity;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.ResultPublished;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.matching.MatchingServiceTest;
import gx.techmarket.matching.listing.Listings;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 匹配推荐 end to end in the service: publications in, suggestions on both sides, MatchesFound out, the API. */
@QuarkusTest
class MatchFlowTest extends MatchingServiceTest {

    static final String SUGAR = Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP);
    static final String GXU = Tokens.of(Role.UNIVERSITY, Orgs.GXU);
    static final String OUTSIDER = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
    static final String NANNING_BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String LIUZHOU_BROKER = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
    static final String PROVINCE_ADMIN = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);
    static final String BAISE_ADMIN = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);

    static ResultPublished harvesterResult(Party holder) {
        return new ResultPublished(UUID.randomUUID(), "小型甘蔗收获机切割与剥叶装置",
                "针对丘陵地区甘蔗机械化收获损失率高、含杂率高的问题，研制小型甘蔗收获机的切割与剥叶装置，"
                        + "收获损失率降至5%以下。",
                "SUGAR", Maturity.PILOT, 6, List.of(TransferMode.TRANSFER, TransferMode.LICENSE),
                new BigDecimal("800000.00"), false, List.of(), holder, holder.region(),
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    static DemandPublished harvesterDemand(Party demander) {
        return new DemandPublished(UUID.randomUUID(), "甘蔗收获机剥叶损失率高",
                "我司蔗区为丘陵地形，现有甘蔗收获机切割和剥叶时损失率高、含杂率高，需要小型甘蔗收获机的切割与剥叶技术。",
                "SUGAR", new BigDecimal("500000.00"), new BigDecimal("2000000.00"),
                LocalDate.now().plusDays(60), demander.region(), List.of(CooperationMode.TRANSFER), demander,
                Instant.now().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS));
    }

    private long matchesFound(UUID listingId) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = 'matching.MatchesFound.v1'",
                listingId.toString());
    }

    private String lastMatchesFound(UUID listingId) {
        return Db.single(db, "select payload::text from outbox where aggregateid = ? and type = "
                + "'matching.MatchesFound.v1' order by seq desc limit 1", listingId.toString()).toString();
    }

    @Test
    void aFittingResultAndDemandSuggestEachOtherWithReasonsAndEvents() {
        UUID result = Listings.publish(db, harvesterResult(Orgs.GXU));
        DemandPublished demandEvent = harvesterDemand(Orgs.GX_SUGAR_GROUP);
        UUID demand = Listings.publish(db, demandEvent);

        // kept on both sides
        assertThat(Db.count(db, "select count(*) from match_suggestion where listing_id = ? and matched_id = ?",
                demand, result)).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from match_suggestion where listing_id = ? and matched_id = ?",
                result, demand)).isEqualTo(1);

        // MatchesFound for the demand (its list is new) and for the result (the demand joined its list)
        assertThat(matchesFound(demand)).isEqualTo(1);
        assertThat(matchesFound(result)).isGreaterThanOrEqualTo(1);
        String found = lastMatchesFound(demand);
        assertThat(EventSchemas.validate("matching.MatchesFound.v1", EventJson.readTree(found))).isEmpty();
        assertThat(EventJson.readTree(found).path("listingKind").asText()).isEqualTo("DEMAND");
        assertThat(EventJson.readTree(found).path("matches").findValuesAsText("listingId")).contains(result.toString());

        // the demander sees the result with score, reasons in plain language and the 意向洽谈 action
        given().auth().oauth2(SUGAR).when().get("/demands/" + demand + "/matches").then().statusCode(200)
                .body("listingId", equalTo(demand.toString()))
                .body("listed", equalTo(true))
                .body("suggestions.listingId", hasItem(result.toString()))
                .body("suggestions.find { it.listingId == '" + result + "' }.reasons[0].zh", notNullValue())
                .body("suggestions.find { it.listingId == '" + result + "' }.reasons[0].en", notNullValue())
                .body("suggestions.find { it.listingId == '" + result + "' }.ownerName", equalTo("广西大学"))
                .body("suggestions.find { it.listingId == '" + result + "' }.actions", hasItem("expressInterest"));
        // the holder sees the demand
        given().auth().oauth2(GXU).when().get("/results/" + result + "/matches").then().statusCode(200)
                .body("suggestions.listingId", hasItem(demand.toString()));
        // operators of the region see both; others nothing
        given().auth().oauth2(PROVINCE_ADMIN).when().get("/demands/" + demand + "/matches").then().statusCode(200)
                .body("suggestions.listingId", hasItem(result.toString()))
                .body("suggestions.find { it.listingId == '" + result + "' }.actions", not(hasItem("expressInterest")));
        for (String stranger : List.of(OUTSIDER, GXU, BAISE_ADMIN)) {
            given().auth().oauth2(stranger).when().get("/demands/" + demand + "/matches").then().statusCode(404)
                    .contentType("application/problem+json").body("code", equalTo("MATCHES_NOT_FOUND"));
        }
        // a demand is not a result
        given().auth().oauth2(SUGAR).when().get("/results/" + demand + "/matches").then().statusCode(404);
        given().auth().oauth2(SUGAR).when().get("/demands/" + UUID.randomUUID() + "/matches").then().statusCode(404);

        // the caller's listings with suggestions; a broker: its city's
        given().auth().oauth2(SUGAR).queryParam("size", 100).when().get("/matches").then().statusCode(200)
                .body("items.listingId", hasItem(demand.toString()))
                .body("items.listingId", not(hasItem(result.toString())));
        given().auth().oauth2(NANNING_BROKER).queryParam("size", 100).when().get("/matches").then().statusCode(200)
                .body("items.listingId", hasItems(demand.toString(), result.toString()));
        given().auth().oauth2(LIUZHOU_BROKER).queryParam("size", 100).when().get("/matches").then().statusCode(200)
                .body("items.listingId", not(hasItem(demand.toString())));

        // a replayed publication changes nothing and publishes nothing
        long before = matchesFound(demand);
        Listings.publish(db, demandEvent);
        assertThat(matchesFound(demand)).isEqualTo(before);
    }

    @Test
    void aWithdrawnResultLeavesEverySuggestionList() {
        ResultPublished resultEvent = harvesterResult(Orgs.GUET);
        UUID result = Listings.publish(db, resultEvent);
        UUID demand = Listings.publish(db, harvesterDemand(Orgs.NANNING_SUGAR));
        assertThat(Db.count(db, "select count(*) from match_suggestion where listing_id = ? and matched_id = ?",
                demand, result)).isEqualTo(1);
        long before = matchesFound(demand);

        Listings.withdraw(db, resultEvent);

        assertThat(Db.count(db, "select count(*) from match_suggestion where listing_id = ? or matched_id = ?",
                result, result)).isZero();
        assertThat(matchesFound(demand)).isEqualTo(before + 1);
        assertThat(lastMatchesFound(demand)).doesNotContain(result.toString());
        assertThat(EventJson.readTree(lastMatchesFound(result)).path("matches").isEmpty()).isTrue();
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.NANNING_SUGAR)).when()
                .get("/demands/" + demand + "/matches").then().statusCode(200)
                .body("suggestions.listingId", not(hasItem(result.toString())));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/results/" + result + "/matches")
                .then().statusCode(200).body("listed", equalTo(false));
    }
}
