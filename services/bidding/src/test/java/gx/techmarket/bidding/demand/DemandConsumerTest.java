package gx.techmarket.bidding.demand;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.bidding.BiddingServiceTest;
import gx.techmarket.bidding.challenge.Flow;
import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.contracts.events.DemandPublished;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demand read model, fed only by {@code demand.DemandPublished.v1} through the inbox. */
@QuarkusTest
class DemandConsumerTest extends BiddingServiceTest {

    static final String PROVINCE = Tokens.of(Role.ADMIN, Orgs.GX_DEPT_OF_SCIENCE);

    @Test
    void theContractExamplesBecomeKnownDemands() {
        for (String name : new String[] {"red-mud-utilisation", "subsidiary-bagasse-demand"}) {
            String json = TestEvents.example(DemandEvents.TYPE, name);
            DemandPublished event = EventJson.fromJson(json, DemandPublished.class);
            UUID ceId = UUID.randomUUID();
            DemandEvents.sendJson(ceId, event.demandId(), json);
            DemandEvents.awaitHandled(db, ceId);
        }
        Map<String, Object> redMud = row(UUID.fromString("5c9e1a3b-7d2f-4a6e-9b8c-1f3d5a7e9c20"));
        assertThat(redMud.get("title")).isEqualTo("氧化铝赤泥综合利用与脱碱技术");
        assertThat(redMud.get("industry")).isEqualTo("ALUMINIUM");
        assertThat(redMud.get("region_code")).isEqualTo("451000");
        assertThat(redMud.get("budget_min").toString()).isEqualTo("3000000.00");
        assertThat(redMud.get("budget_max").toString()).isEqualTo("5000000.00");
        assertThat(redMud.get("demander_uscc")).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(redMud.get("demander_kind")).isEqualTo("ENTERPRISE");
        assertThat(redMud.get("demander_parent_uscc")).isNull();

        Map<String, Object> bagasse = row(UUID.fromString("d4e7f1a2-6b3c-4d8e-a9f0-3b5c7d9e1f64"));
        assertThat(bagasse.get("demander_uscc")).isEqualTo(Orgs.GUILIN_SUGAR.uscc());
        assertThat(bagasse.get("demander_parent_uscc")).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(bagasse.get("budget_min")).isNull();
        assertThat(bagasse.get("deadline").toString()).isEqualTo("2026-10-31");

        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GXU))
                .when().get("/demands/d4e7f1a2-6b3c-4d8e-a9f0-3b5c7d9e1f64")
                .then().statusCode(200)
                .body("title", equalTo("蔗渣制备可降解餐具的成型工艺"))
                .body("budgetMax", equalTo("800000.00"))
                .body("demander.parentUscc", equalTo(Orgs.GX_SUGAR_GROUP.uscc()))
                .body("cooperationModes", hasItem("CONSULTING"));
    }

    @Test
    void aRedeliveredEventChangesNothingAndAnOlderPublicationNeverOverwritesANewerOne() {
        DemandPublished first = DemandEvents.demand(Orgs.LIUZHOU_AUTO_PARTS, "汽车轻量化铝合金压铸工艺");
        UUID ceId = DemandEvents.publishAndAwait(db, first);
        assertThat(row(first.demandId()).get("title")).isEqualTo("汽车轻量化铝合金压铸工艺");

        // the same event id again, even with other content, is a duplicate: skipped
        DemandPublished altered = withTitle(first, "被篡改的标题", first.publishedAt());
        DemandEvents.sendJson(ceId, first.demandId(), EventJson.toJson(altered));
        // a new event after it on the same key (so the same partition, handled after the duplicate), but older
        UUID older = DemandEvents.publish(withTitle(first, "较早的发布", first.publishedAt().minus(1, ChronoUnit.HOURS)));
        DemandEvents.awaitHandled(db, older);
        assertThat(row(first.demandId()).get("title")).isEqualTo("汽车轻量化铝合金压铸工艺");
        assertThat(Db.count(db, "select count(*) from inbox where event_id = ?", ceId)).isEqualTo(1);

        // a newer publication of the same demand replaces the content
        UUID newer = DemandEvents.publish(withTitle(first, "汽车轻量化铝合金压铸工艺（修订）",
                first.publishedAt().plus(1, ChronoUnit.HOURS)));
        DemandEvents.awaitHandled(db, newer);
        assertThat(row(first.demandId()).get("title")).isEqualTo("汽车轻量化铝合金压铸工艺（修订）");
        assertThat(Db.count(db, "select count(*) from known_demand where id = ?", first.demandId())).isEqualTo(1);
    }

    @Test
    void anEventThatBreaksItsSchemaGoesToTheDeadLetterTopicAndIsNotKnown() {
        DemandPublished event = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "赤泥脱碱");
        String broken = EventJson.toJson(event).replace("\"budgetMin\":\"500000.00\"", "\"budgetMin\":500000");
        assertThat(broken).contains("\"budgetMin\":500000");
        UUID ceId = UUID.randomUUID();
        DemandEvents.sendJson(ceId, event.demandId(), broken);
        assertThat(Topics.await(DemandEvents.TOPIC + ".dlq", Duration.ofSeconds(60),
                r -> ceId.toString().equals(Topics.header(r, "ce_id")))).isPresent();
        assertThat(Db.count(db, "select count(*) from known_demand where id = ?", event.demandId())).isZero();
        given().auth().oauth2(PROVINCE).when().get("/demands/" + event.demandId()).then().statusCode(404)
                .body("code", equalTo("DEMAND_NOT_FOUND"));
    }

    @Test
    void operatorsListTheDemandsOfTheirOwnSubMarket() {
        DemandPublished baise = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "赤泥制备路基材料");
        DemandPublished liuzhou = DemandEvents.demand(Orgs.LIUZHOU_AUTO_PARTS, "变速箱齿轮热处理");
        DemandEvents.publishAndAwait(db, baise);
        DemandEvents.publishAndAwait(db, liuzhou);
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE)).queryParam("size", 100)
                .when().get("/demands").then().statusCode(200)
                .body("items.id", hasItem(baise.demandId().toString()))
                .body("items.id", not(hasItem(liuzhou.demandId().toString())));
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).when().get("/demands")
                .then().statusCode(403);
        given().when().get("/demands/" + baise.demandId()).then().statusCode(401);
        given().auth().oauth2(PROVINCE).queryParam("size", 101).when().get("/demands").then().statusCode(400);
    }

    @Test
    void aDemandClosedExpiredOrMatchedByAContractLeavesTheMarketAndNoChallengeIsMadeFromIt() {
        String operator = Tokens.of(Role.ADMIN, Orgs.BAISE_BUREAU_OF_SCIENCE);
        DemandPublished closed = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "氧化铝焙烧余热回收");
        DemandPublished expired = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "赤泥陶粒烧结");
        DemandPublished contracted = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "铝灰无害化处理");
        DemandPublished challenged = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "电解槽阴极寿命延长");
        DemandPublished open = DemandEvents.demand(Orgs.BAISE_ALUMINIUM, "铝合金型材表面处理");
        for (DemandPublished d : new DemandPublished[] {closed, expired, contracted, challenged, open}) {
            DemandEvents.publishAndAwait(db, d);
        }
        java.time.Instant now = clock.instant();
        DemandEvents.awaitHandled(db, DemandEvents.publish(new DemandClosed(closed.demandId(),
                Orgs.BAISE_ALUMINIUM.uscc(), "已自行解决", now)));
        DemandEvents.awaitHandled(db, DemandEvents.publish(new DemandExpired(expired.demandId(), expired.title(),
                Orgs.BAISE_ALUMINIUM.uscc(), expired.deadline(), now)));
        DemandEvents.awaitHandled(db, DemandEvents.publish(new DemandMatched(contracted.demandId(),
                contracted.title(), Orgs.BAISE_ALUMINIUM.uscc(), null, UUID.randomUUID(), now)));
        // matched by a challenge: this service's own business (a cancelled one leaves room for another)
        DemandEvents.awaitHandled(db, DemandEvents.publish(new DemandMatched(challenged.demandId(),
                challenged.title(), Orgs.BAISE_ALUMINIUM.uscc(), UUID.randomUUID(), null, now)));

        assertThat(row(closed.demandId()).get("off_market")).isEqualTo("CLOSED");
        assertThat(row(expired.demandId()).get("off_market")).isEqualTo("EXPIRED");
        assertThat(row(contracted.demandId()).get("off_market")).isEqualTo("MATCHED");
        assertThat(row(challenged.demandId()).get("off_market")).isNull();
        // a second word on a demand that left is a replay: the first stays
        DemandEvents.awaitHandled(db, DemandEvents.publish(new DemandExpired(closed.demandId(), closed.title(),
                Orgs.BAISE_ALUMINIUM.uscc(), closed.deadline(), now)));
        assertThat(row(closed.demandId()).get("off_market")).isEqualTo("CLOSED");

        given().auth().oauth2(operator).queryParam("size", 100).when().get("/demands").then().statusCode(200)
                .body("items.id", hasItem(open.demandId().toString()))
                .body("items.id", hasItem(challenged.demandId().toString()))
                .body("items.id", not(hasItem(closed.demandId().toString())))
                .body("items.id", not(hasItem(expired.demandId().toString())))
                .body("items.id", not(hasItem(contracted.demandId().toString())));
        for (DemandPublished d : new DemandPublished[] {closed, expired, contracted}) {
            given().auth().oauth2(operator).when().get("/demands/" + d.demandId()).then().statusCode(200)
                    .body("actions", not(hasItem("challenge")));
            given().auth().oauth2(operator).contentType("application/json")
                    .body(Map.of("demandId", d.demandId().toString(), "deadline",
                            clock.instant().plus(Duration.ofDays(30)).toString()))
                    .when().post("/challenges").then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("code", equalTo("DEMAND_NOT_OPEN"))
                    .body("errors.field", hasItem("demandId"));
            given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).contentType("application/json")
                    .body(Flow.proposalBody(d.demandId(), clock.instant().plus(Duration.ofDays(30))))
                    .when().post("/challenges/proposals").then().statusCode(409)
                    .body("code", equalTo("DEMAND_NOT_OPEN"));
        }
        given().auth().oauth2(operator).when().get("/demands/" + open.demandId()).then().statusCode(200)
                .body("actions", hasItem("challenge"));
        assertThat(Db.count(db, "select count(*) from challenge where demand_id in (?, ?, ?)", closed.demandId(),
                expired.demandId(), contracted.demandId())).isZero();
    }

    private static DemandPublished withTitle(DemandPublished d, String title, java.time.Instant publishedAt) {
        return new DemandPublished(d.demandId(), title, d.problem(), d.industry(), d.budgetMin(), d.budgetMax(),
                d.deadline(), d.regionCode(), d.cooperationModes(), d.demander(), publishedAt);
    }

    private Map<String, Object> row(UUID id) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select * from known_demand where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).as("known demand " + id).isTrue();
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                }
                return row;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
