package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Db;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 揭榜 awards on bidding.challenges.v1 become draft commissioned-development contracts, once each. */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ChallengeAwardConsumerTest {

    static final String BIDDING = "/techmarket/bidding";

    @Inject
    AgroalDataSource db;

    @Test
    void anAwardedBreakthroughChallengeBecomesADraftBetweenDemanderAndWinnerOnceHoweverOftenDelivered() {
        UUID challenge = UUID.randomUUID();
        UUID bid = UUID.randomUUID();
        ChallengeAwarded award = new ChallengeAwarded(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.randomUUID(), null, Orgs.BAISE_ALUMINIUM, null, Orgs.GXU, bid,
                new BigDecimal("3800000.00"), 24, Instant.parse("2026-08-10T07:30:00Z"));
        UUID eventId = UUID.randomUUID();
        TestEvents.send(award, eventId, BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(challenge) == 1);

        String id = given().auth().oauth2(Flows.SELLER).when().get("/contracts/mine?size=100")
                .then().statusCode(200)
                .body("items.find { it.challengeId == '" + challenge + "' }.status", equalTo("DRAFT"))
                .extract().path("items.find { it.challengeId == '" + challenge + "' }.id");
        String demander = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        given().auth().oauth2(demander).when().get("/contracts/" + id)
                .then().statusCode(200)
                .body("contractType", equalTo("DEVELOPMENT_COMMISSIONED"))
                .body("contractCategory", equalTo("DEVELOPMENT"))
                .body("origin", equalTo("CHALLENGE_AWARD"))
                .body("bidId", equalTo(bid.toString()))
                .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                .body("buyer.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("intermediary", nullValue())
                .body("proposedAmount", equalTo("3800000.00"))
                .body("title", equalTo("百色华银新材料有限公司揭榜挂帅技术攻关项目技术开发（委托）合同"));

        // the relay delivers the same event again, and bidding republishes the award under a new id: still one
        TestEvents.send(award, eventId, BIDDING);
        TestEvents.send(award, BIDDING);
        UUID marker = UUID.randomUUID();
        TestEvents.sendKeyed(awardTo(marker), challenge.toString(), UUID.randomUUID(), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(marker) == 1);
        assertThat(contractsOf(challenge)).isEqualTo(1);
        assertThat(Db.handled(db, ChallengeAwardConsumer.CONSUMER, eventId)).isTrue();

        // the winner files it with the agreed price, and it goes the usual way
        Flows.submit(Flows.SELLER, id, Flows.filing("3800000.00", java.util.List.of()));
        Flows.accept(id);
        given().auth().oauth2(REGISTRAR).when().post("/contracts/" + id + "/register")
                .then().statusCode(200)
                .body("technologyTransactionAmount", equalTo("3800000.00"))
                .body("nonTechnicalAmount", equalTo("0.00"));
    }

    @Test
    void theContractExampleOfAnAwardIsHandledAndOtherEventTypesAreAcknowledgedAndIgnored() {
        // another type on the topic first: acknowledged unread, the partition keeps flowing
        UUID published = UUID.randomUUID();
        TestEvents.sendJson("bidding.challenges.v1", "bidding.ChallengePublished.v1",
                "9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31",
                TestEvents.example("bidding.ChallengePublished.v1", "technology-breakthrough-red-mud"), published,
                BIDDING);
        UUID example = UUID.randomUUID();
        TestEvents.sendJson("bidding.challenges.v1", "bidding.ChallengeAwarded.v1", "9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31",
                TestEvents.example("bidding.ChallengeAwarded.v1", "red-mud-awarded-to-university"), example, BIDDING);
        UUID challenge = UUID.fromString("9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31");
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(challenge) == 1);
        assertThat(Db.count(db, "select count(*) from contract where challenge_id = ? and buyer_uscc = ? "
                + "and seller_uscc = ? and proposed_amount = 3800000.00", challenge, Orgs.BAISE_ALUMINIUM.uscc(),
                Orgs.GXU.uscc())).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from inbox where event_id = ?", published)).isZero();
    }

    @Test
    void aResultTransformationAwardDraftsNothingBecauseItsContractKindIsNotInTheAward() {
        UUID transformation = UUID.randomUUID();
        TestEvents.send(new ChallengeAwarded(transformation, ChallengeKind.RESULT_TRANSFORMATION, null,
                UUID.randomUUID(), null, Orgs.GXU, Orgs.GX_SUGAR_GROUP, UUID.randomUUID(),
                new BigDecimal("2600000.00"), 18, Instant.parse("2026-08-28T03:00:00Z")), BIDDING);
        UUID marker = UUID.randomUUID();
        TestEvents.sendKeyed(awardTo(marker), transformation.toString(), UUID.randomUUID(), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(marker) == 1);
        assertThat(contractsOf(transformation)).isZero();
    }

    /** A breakthrough award sent after another event under its key: its contract shows the consumer got that far. */
    private static ChallengeAwarded awardTo(UUID challenge) {
        return new ChallengeAwarded(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(), null,
                Orgs.LIUZHOU_AUTO_PARTS, null, Orgs.GUET, UUID.randomUUID(),
                new BigDecimal("500000.00"), 12, Instant.parse("2026-09-01T02:00:00Z"));
    }

    private long contractsOf(UUID challenge) {
        return Db.count(db, "select count(*) from contract where challenge_id = ?", challenge);
    }
}
