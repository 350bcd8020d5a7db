package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.BROKER;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.DemandClosed;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.Party;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A broker's draft may name the published demand of the buyer it answers: the registry knows the market's demands
 * from demand.demands.v1 (read model {@code known_demand}), refuses an unknown, another organisation's or a
 * no-longer-open one, and carries the demand in {@code ContractDrafted} so the demand service marks it matched.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class DemandAnsweredDraftTest {

    static final String DEMAND = "/techmarket/demand";

    @Inject
    AgroalDataSource db;

    @Test
    void aDraftNamingTheBuyersOpenDemandCarriesItToTheMarket() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER, TransferMode.LICENSE));
        UUID demand = Flows.publishedDemand(db, Orgs.GX_SUGAR_GROUP, today().plusDays(30));

        String id = given().auth().oauth2(BROKER).contentType("application/json")
                .body(body(result, Orgs.GX_SUGAR_GROUP, demand))
                .when().post("/contracts/brokered").then().statusCode(201)
                .body("demandId", equalTo(demand.toString())).extract().path("id");

        ConsumerRecord<String, String> drafted = Topics.await("registry.contracts.v1", Duration.ofSeconds(30),
                r -> id.equals(r.key()) && "registry.ContractDrafted.v1".equals(Topics.header(r, "ce_type")))
                .orElseThrow();
        assertThat(EventJson.readTree(drafted.value()).path("demandId").asText()).isEqualTo(demand.toString());
        // a draft naming no demand carries none
        given().auth().oauth2(BROKER).contentType("application/json")
                .body(Flows.brokeredBody(result, "TRANSFER_PATENT", Orgs.GX_SUGAR_GROUP))
                .when().post("/contracts/brokered").then().statusCode(201).body("demandId", nullValue());
    }

    @Test
    void anUnknownAnotherOrganisationsOrAClosedDemandIsRefusedAndNothingIsDrafted() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        UUID others = Flows.publishedDemand(db, Orgs.LIUZHOU_AUTO_PARTS, today().plusDays(30));
        UUID closed = Flows.publishedDemand(db, Orgs.GX_SUGAR_GROUP, today().plusDays(30));
        TestEvents.send(new DemandClosed(closed, Orgs.GX_SUGAR_GROUP.uscc(), null, Instant.now()), DEMAND);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from known_demand where id = ? and ended_as = 'CLOSED'", closed) == 1);
        UUID past = Flows.publishedDemand(db, Orgs.GX_SUGAR_GROUP, today().minusDays(1));
        long before = Db.count(db, "select count(*) from contract where result_id = ?", result);

        refused(result, UUID.randomUUID(), 404, "DEMAND_NOT_KNOWN");
        refused(result, others, 400, "DEMAND_NOT_OF_BUYER");
        refused(result, closed, 409, "DEMAND_NOT_OPEN");
        refused(result, past, 409, "DEMAND_NOT_OPEN");
        assertThat(Db.count(db, "select count(*) from contract where result_id = ?", result)).isEqualTo(before);
    }

    private static void refused(UUID result, UUID demand, int status, String code) {
        given().auth().oauth2(BROKER).header("Accept-Language", "en").contentType("application/json")
                .body(body(result, Orgs.GX_SUGAR_GROUP, demand))
                .when().post("/contracts/brokered").then().statusCode(status)
                .contentType("application/problem+json").body("code", equalTo(code))
                .body("errors[0].field", equalTo("demandId"));
    }

    private static Map<String, Object> body(UUID result, Party buyer, UUID demand) {
        Map<String, Object> body = Flows.brokeredBody(result, "TRANSFER_PATENT", buyer);
        body.put("demandId", demand.toString());
        return body;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
