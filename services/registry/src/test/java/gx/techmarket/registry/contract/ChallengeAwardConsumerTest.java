package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.Party;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Signed 揭榜协议 on bidding.challenges.v1 become draft contracts of the agreed type between the agreement's seller and
 * buyer, once each; the award itself drafts nothing.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ChallengeAwardConsumerTest {

    static final String BIDDING = "/techmarket/bidding";

    @Inject
    AgroalDataSource db;

    /** A signed agreement of {@code kind} on {@code challenge}: 5,000,000.00 元 in total, 20 % support in one milestone. */
    static AgreementSigned agreement(UUID challenge, ChallengeKind kind, ContractType type, Party seller,
            Party buyer) {
        return new AgreementSigned(challenge, kind, UUID.randomUUID(), UUID.randomUUID(), "赤泥综合利用关键技术攻关",
                seller, buyer, type, new BigDecimal("5000000.00"), new BigDecimal("3800000.00"),
                new BigDecimal("1200000.00"), new BigDecimal("0.200000"), new BigDecimal("1000000.00"),
                List.of(new AgreementSigned.Milestone(1, "中试线建成", "中试线验收报告", LocalDate.parse("2027-06-30"),
                        new BigDecimal("1000000.00"))),
                Instant.parse("2026-08-20T02:15:00Z"));
    }

    @Test
    void aSignedBreakthroughAgreementBecomesADraftBetweenWinnerAndDemanderOnceHoweverOftenDelivered() {
        UUID challenge = UUID.randomUUID();
        AgreementSigned agreement = agreement(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                ContractType.DEVELOPMENT_COMMISSIONED, Orgs.GXU, Orgs.BAISE_ALUMINIUM);
        UUID eventId = UUID.randomUUID();
        TestEvents.send(agreement, eventId, BIDDING);
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
                .body("bidId", equalTo(agreement.bidId().toString()))
                .body("seller.uscc", equalTo(Orgs.GXU.uscc()))
                .body("buyer.uscc", equalTo(Orgs.BAISE_ALUMINIUM.uscc()))
                .body("intermediary", nullValue())
                .body("proposedAmount", equalTo("5000000.00"))
                .body("title", equalTo("百色华银新材料有限公司揭榜挂帅技术攻关项目技术开发（委托）合同"));

        // the relay delivers the same event again, and bidding republishes it under a new id: still one
        TestEvents.send(agreement, eventId, BIDDING);
        TestEvents.send(agreement, BIDDING);
        UUID marker = UUID.randomUUID();
        TestEvents.sendKeyed(agreementOn(marker), challenge.toString(), UUID.randomUUID(), BIDDING);
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
    void theContractExampleOfAnAgreementIsHandledAndTheAwardAndOtherTypesAreAcknowledgedAndIgnored() {
        // other types on the topic first, the award among them: acknowledged unread, the partition keeps flowing
        UUID challenge = UUID.fromString("9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31");
        UUID published = UUID.randomUUID();
        TestEvents.sendJson("bidding.challenges.v1", "bidding.ChallengePublished.v1", challenge.toString(),
                TestEvents.example("bidding.ChallengePublished.v1", "technology-breakthrough-red-mud"), published,
                BIDDING);
        UUID awarded = UUID.randomUUID();
        TestEvents.sendJson("bidding.challenges.v1", "bidding.ChallengeAwarded.v1", challenge.toString(),
                TestEvents.example("bidding.ChallengeAwarded.v1", "red-mud-awarded-to-university"), awarded, BIDDING);
        UUID example = UUID.randomUUID();
        TestEvents.sendJson("bidding.challenges.v1", "bidding.AgreementSigned.v1", challenge.toString(),
                TestEvents.example("bidding.AgreementSigned.v1", "red-mud-development-agreement"), example, BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(challenge) == 1);
        assertThat(Db.count(db, "select count(*) from contract where challenge_id = ? and buyer_uscc = ? "
                + "and seller_uscc = ? and proposed_amount = 5000000.00", challenge, Orgs.BAISE_ALUMINIUM.uscc(),
                Orgs.GXU.uscc())).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from inbox where event_id in (?, ?)", published, awarded)).isZero();
    }

    @Test
    void aResultTransformationAgreementDraftsTheAgreedTypeWithTheHolderAsSeller() {
        UUID transformation = UUID.randomUUID();
        // the award of a 成果转化类 challenge drafts nothing: the contract type comes with the agreement
        TestEvents.send(new ChallengeAwarded(transformation, ChallengeKind.RESULT_TRANSFORMATION, null,
                UUID.randomUUID(), null, Orgs.GXU, Orgs.GX_SUGAR_GROUP, UUID.randomUUID(),
                new BigDecimal("2600000.00"), 18, Instant.parse("2026-08-28T03:00:00Z")), BIDDING);
        TestEvents.send(agreement(transformation, ChallengeKind.RESULT_TRANSFORMATION, ContractType.LICENSE_PATENT,
                Orgs.GXU, Orgs.GX_SUGAR_GROUP), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> contractsOf(transformation) == 1);
        assertThat(Db.count(db, "select count(*) from contract where challenge_id = ? and contract_type = ? "
                + "and seller_uscc = ? and buyer_uscc = ? and title = ?", transformation, "LICENSE_PATENT",
                Orgs.GXU.uscc(), Orgs.GX_SUGAR_GROUP.uscc(), "赤泥综合利用关键技术攻关揭榜挂帅成果转化项目技术许可合同"))
                .isEqualTo(1);
    }

    /** A breakthrough agreement sent after another event under its key: its contract shows the consumer got that far. */
    private static AgreementSigned agreementOn(UUID challenge) {
        return agreement(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, ContractType.DEVELOPMENT_COMMISSIONED,
                Orgs.GUET, Orgs.LIUZHOU_AUTO_PARTS);
    }

    private long contractsOf(UUID challenge) {
        return Db.count(db, "select count(*) from contract where challenge_id = ?", challenge);
    }
}
