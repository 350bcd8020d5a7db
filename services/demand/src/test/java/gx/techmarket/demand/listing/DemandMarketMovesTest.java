package gx.techmarket.demand.listing;

import static gx.techmarket.demand.listing.Requests.LIUZHOU_AUTO;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengeFailureReason;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.demand.infra.AdjustableClock;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Topics;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The market's moves on a published demand: closed by its enterprise with {@code DemandClosed}, expired by the job
 * the day after its deadline with {@code DemandExpired}, matched by a challenge published from it or a contract
 * drafted for it with {@code DemandMatched}, open again when that challenge is cancelled or fails; each once, and
 * never an action offered to a caller.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "demand"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandMarketMovesTest {

    static final String TOPIC = "demand.demands.v1";
    static final String BIDDING = "/techmarket/bidding";
    static final String REGISTRY = "/techmarket/registry";

    @Inject
    AdjustableClock clock;

    @Inject
    AgroalDataSource db;

    @Inject
    DemandExpiry expiry;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    @Test
    void closingAPublishedDemandTellsTheMarket() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(30));
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(Map.of("reason", "已与高校签约"))
                .when().post("/demands/" + id + "/close").then().statusCode(200).body("status", equalTo("CLOSED"));

        ConsumerRecord<String, String> event = awaitEvent(id, "demand.DemandClosed.v1");
        assertThat(EventSchemas.validate("demand.DemandClosed.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).path("reason").asText()).isEqualTo("已与高校签约");
        assertThat(EventJson.readTree(event.value()).path("demanderUscc").asText())
                .isEqualTo(Orgs.LIUZHOU_AUTO_PARTS.uscc());
        assertThat(events(id, "demand.DemandClosed.v1")).isEqualTo(1);
    }

    @Test
    void theJobExpiresAPublishedDemandTheDayAfterItsDeadlineOnce() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(2));
        String stillOpen = Requests.published(LIUZHOU_AUTO, inDays(10));
        String draft = Requests.create(LIUZHOU_AUTO, inDays(1));

        clock.advance(Duration.ofDays(2)); // the deadline is today: still its last day
        expiry.expireDue();
        assertThat(Rows.statusOf(db, id)).isEqualTo("PUBLISHED");

        clock.advance(Duration.ofDays(1)); // the day after
        expiry.expireDue();
        assertThat(Rows.statusOf(db, id)).isEqualTo("EXPIRED");
        assertThat(Rows.statusOf(db, stillOpen)).isEqualTo("PUBLISHED");
        assertThat(Rows.statusOf(db, draft)).isEqualTo("DRAFT");
        expiry.expireDue();
        assertThat(events(id, "demand.DemandExpired.v1")).isEqualTo(1);

        ConsumerRecord<String, String> event = awaitEvent(id, "demand.DemandExpired.v1");
        assertThat(EventSchemas.validate("demand.DemandExpired.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).path("deadline").asText())
                .isEqualTo(Requests.today().plusDays(2).toString());
        // its enterprise still reads it, expired, with nothing left to do; others no longer see it
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200)
                .body("status", equalTo("EXPIRED")).body("expiredAt", notNullValue()).body("actions.size()", equalTo(0));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/demands/" + id).then()
                .statusCode(404);
    }

    @Test
    void twoInstancesExpiringAtOnceExpireEachDemandOnce() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(Requests.published(LIUZHOU_AUTO, inDays(1)));
        }
        clock.advance(Duration.ofDays(2));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = expiry::expireDue;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> f : runs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (String id : ids) {
            assertThat(Rows.statusOf(db, id)).isEqualTo("EXPIRED");
            assertThat(events(id, "demand.DemandExpired.v1")).as(id).isEqualTo(1);
        }
    }

    @Test
    void aChallengePublishedFromADemandMatchesItOnceHoweverOftenDelivered() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(30));
        UUID challenge = UUID.randomUUID();
        ChallengePublished published = ChallengePublished.technologyBreakthrough(challenge, UUID.fromString(id),
                "揭榜挂帅：新能源汽车电池包轻量化壳体", Orgs.LIUZHOU_AUTO_PARTS, "450200",
                Instant.now().plus(Duration.ofDays(20)), Instant.now());
        UUID eventId = UUID.randomUUID();
        TestEvents.send(published, eventId, BIDDING);
        TestEvents.send(published, eventId, BIDDING);

        await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(Rows.statusOf(db, id)));
        ConsumerRecord<String, String> event = awaitEvent(id, "demand.DemandMatched.v1");
        assertThat(EventSchemas.validate("demand.DemandMatched.v1", event.value())).isEmpty();
        assertThat(EventJson.readTree(event.value()).path("challengeId").asText()).isEqualTo(challenge.toString());
        assertThat(events(id, "demand.DemandMatched.v1")).isEqualTo(1);

        // every signed-in user still reads it, matched by the challenge; its enterprise can no longer close it
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/demands/" + id).then()
                .statusCode(200).body("status", equalTo("MATCHED"))
                .body("matchedChallengeId", equalTo(challenge.toString())).body("actions.size()", equalTo(0));
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200)
                .body("actions", not(hasItem("close"))).body("matchedAt", notNullValue());
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(Map.of())
                .when().post("/demands/" + id + "/close").then().statusCode(409)
                .body("code", equalTo("ILLEGAL_STATE_TRANSITION"));
    }

    @Test
    void aCancelledChallengePutsItsDemandBackOnTheMarketAndAFailedOnePastTheDeadlineExpiresIt() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(30));
        UUID challenge = matchedByAChallenge(id);

        // another challenge cancelled (one that matched no demand of ours) changes nothing
        UUID other = TestEvents.send(cancelled(UUID.randomUUID()), BIDDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.handled(db, DemandMatchesConsumer.CONSUMER, other));
        assertThat(Rows.statusOf(db, id)).isEqualTo("MATCHED");

        // its own challenge cancelled (撤榜), delivered twice: published again, once
        ChallengeCancelled cancelled = cancelled(challenge);
        UUID eventId = UUID.randomUUID();
        TestEvents.send(cancelled, eventId, BIDDING);
        TestEvents.send(cancelled, eventId, BIDDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(Rows.statusOf(db, id)));
        assertThat(events(id, "demand.DemandPublished.v1")).isEqualTo(2);
        Instant first = Instant.parse(EventJson.readTree(awaitEvent(id, "demand.DemandPublished.v1").value())
                .path("publishedAt").asText());
        ConsumerRecord<String, String> republished = Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "demand.DemandPublished.v1".equals(Topics.header(r, "ce_type"))
                        && Instant.parse(EventJson.readTree(r.value()).path("publishedAt").asText()).isAfter(first))
                .orElseThrow();
        assertThat(EventSchemas.validate("demand.DemandPublished.v1", republished.value())).isEmpty();
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("matchedChallengeId", nullValue())
                .body("actions", equalTo(List.of("close")));
        // and a new challenge from it matches it again
        matchedByAChallenge(id);

        // a challenge that failed (流标) after the demand's deadline: the demand expires instead
        String late = Requests.published(LIUZHOU_AUTO, inDays(2));
        UUID lateChallenge = matchedByAChallenge(late);
        clock.advance(Duration.ofDays(3));
        TestEvents.send(new ChallengeFailed(lateChallenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "揭榜挂帅：新能源汽车电池包轻量化壳体", "450200", Orgs.LIUZHOU_AUTO_PARTS, ChallengeFailureReason.NO_BIDS,
                Instant.now()), BIDDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(Rows.statusOf(db, late)));
        assertThat(events(late, "demand.DemandExpired.v1")).isEqualTo(1);
        assertThat(events(late, "demand.DemandPublished.v1")).isEqualTo(1);
    }

    /** A challenge published from {@code id}, heard: the demand is matched by it. */
    private UUID matchedByAChallenge(String id) {
        UUID challenge = UUID.randomUUID();
        TestEvents.send(ChallengePublished.technologyBreakthrough(challenge, UUID.fromString(id),
                "揭榜挂帅：新能源汽车电池包轻量化壳体", Orgs.LIUZHOU_AUTO_PARTS, "450200",
                Instant.now().plus(Duration.ofDays(20)), Instant.now()), BIDDING);
        await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(Rows.statusOf(db, id)));
        return challenge;
    }

    private static ChallengeCancelled cancelled(UUID challenge) {
        return new ChallengeCancelled(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "揭榜挂帅：新能源汽车电池包轻量化壳体",
                "450200", Orgs.LIUZHOU_AUTO_PARTS, "需求方调整研发方向", List.of(), Instant.now());
    }

    @Test
    void aContractDraftedForADemandMatchesItButNotAnotherOrganisationsOrAClosedOne() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(30));
        String closed = Requests.published(LIUZHOU_AUTO, inDays(30));
        given().auth().oauth2(LIUZHOU_AUTO).contentType("application/json").body(Map.of())
                .when().post("/demands/" + closed + "/close").then().statusCode(200);

        // a draft whose buyer is not the demander, and one for a closed demand, leave them as they are
        UUID foreign = TestEvents.send(draft(UUID.fromString(id), Orgs.GX_SUGAR_GROUP), REGISTRY);
        UUID late = TestEvents.send(draft(UUID.fromString(closed), Orgs.LIUZHOU_AUTO_PARTS), REGISTRY);
        await().atMost(Duration.ofSeconds(30)).until(() -> Db.handled(db, DemandMatchesConsumer.CONSUMER, foreign)
                && Db.handled(db, DemandMatchesConsumer.CONSUMER, late));
        assertThat(Rows.statusOf(db, id)).isEqualTo("PUBLISHED");
        assertThat(Rows.statusOf(db, closed)).isEqualTo("CLOSED");
        assertThat(events(closed, "demand.DemandMatched.v1")).isZero();

        ContractDrafted drafted = draft(UUID.fromString(id), Orgs.LIUZHOU_AUTO_PARTS);
        TestEvents.send(drafted, REGISTRY);
        await().atMost(Duration.ofSeconds(30)).until(() -> "MATCHED".equals(Rows.statusOf(db, id)));
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200)
                .body("matchedContractId", equalTo(drafted.contractId().toString()));
        assertThat(events(id, "demand.DemandMatched.v1")).isEqualTo(1);
    }

    @Test
    void aPublishedDemandsEnterpriseIsOfferedOnlyToCloseIt() {
        String id = Requests.published(LIUZHOU_AUTO, inDays(30));
        given().auth().oauth2(LIUZHOU_AUTO).when().get("/demands/" + id).then().statusCode(200)
                .body("actions", equalTo(List.of("close")));
    }

    /** A broker's draft for a result of 广西大学, naming {@code demand}, with {@code buyer}. */
    private static ContractDrafted draft(UUID demand, Party buyer) {
        return new ContractDrafted(UUID.randomUUID(), "电池包轻量化壳体委托开发合同", ContractType.DEVELOPMENT_COMMISSIONED,
                Orgs.GXU, buyer, Orgs.GX_TECH_TRANSFER, UUID.randomUUID(), null, demand, null, Instant.now());
    }

    private long events(String id, String type) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = ?", id, type);
    }

    private static ConsumerRecord<String, String> awaitEvent(String id, String type) {
        return Topics.await(TOPIC, Duration.ofSeconds(30),
                r -> id.equals(r.key()) && type.equals(Topics.header(r, "ce_type"))).orElseThrow();
    }

    private static Map<String, Object> inDays(int days) {
        Map<String, Object> body = Requests.demand("新能源汽车电池包轻量化壳体", "需要铝合金或复合材料电池包壳体的设计与成型技术。",
                "AUTOMOTIVE", "450200");
        body.put("deadline", Requests.today().plusDays(days).toString());
        return body;
    }
}
