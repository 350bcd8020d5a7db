package gx.techmarket.registry.contract;

import static gx.techmarket.registry.contract.Flows.REGISTRAR;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.contracts.events.TransferMode;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TechmarketTestResources;
import gx.techmarket.platform.testing.TestEvents;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The parties hear of a draft made in their names and of a filing returned to them: {@code ContractDrafted} and
 * {@code ContractReturned} are written to the outbox by the transaction that makes the change.
 */
@QuarkusTest
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "registry"), scope = TestResourceScope.MATCHING_RESOURCES)
class ContractEventsTest {

    @Inject
    AgroalDataSource db;

    @Test
    void aBrokersDraftIsAnnouncedWithItsPartiesAndItsResult() {
        UUID result = Flows.publishedResult(db, Orgs.GXU, List.of(TransferMode.TRANSFER));
        String id = Flows.brokeredDraft(result);

        JsonNode drafted = outboxPayload(id, "registry.ContractDrafted.v1");
        assertThat(drafted.path("contractId").asText()).isEqualTo(id);
        assertThat(drafted.path("resultId").asText()).isEqualTo(result.toString());
        assertThat(drafted.has("challengeId")).isFalse();
        assertThat(drafted.path("seller").path("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(drafted.path("buyer").path("uscc").asText()).isEqualTo(Orgs.GX_SUGAR_GROUP.uscc());
        assertThat(drafted.path("intermediary").path("uscc").asText()).isEqualTo(Orgs.GX_TECH_TRANSFER.uscc());
        assertThat(drafted.path("proposedAmount").asText()).isEqualTo("2600000.00");
    }

    @Test
    void aReturnedFilingIsAnnouncedWithThePointAndItsReasonsAndARefusedReturnWithNothing() {
        String id = Flows.accepted(db);
        // another point may not return it: refused, and no event
        given().auth().oauth2(Flows.LIUZHOU_REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of("不属本站受理")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(403);
        assertThat(outboxCount(id, "registry.ContractReturned.v1")).isZero();

        given().auth().oauth2(REGISTRAR).contentType("application/json")
                .body(Map.of("reasons", List.of(" 设备清单与合同附件不一致", "请补充专利权转让登记证明")))
                .when().post("/contracts/" + id + "/return-for-correction").then().statusCode(200);

        JsonNode returned = outboxPayload(id, "registry.ContractReturned.v1");
        assertThat(returned.path("reasons").get(0).asText()).isEqualTo("设备清单与合同附件不一致");
        assertThat(returned.path("reasons").get(1).asText()).isEqualTo("请补充专利权转让登记证明");
        assertThat(returned.path("registrationPoint").path("uscc").asText()).isEqualTo(Orgs.NANNING_REGISTRY.uscc());
        assertThat(returned.path("seller").path("uscc").asText()).isEqualTo(Orgs.GXU.uscc());
        assertThat(outboxCount(id, "registry.ContractReturned.v1")).isEqualTo(1);
    }

    @Test
    void aDraftFromAnAgreementIsAnnouncedWithItsChallenge() {
        UUID challenge = UUID.randomUUID();
        TestEvents.send(ChallengeAwardConsumerTest.agreement(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                ContractType.DEVELOPMENT_COMMISSIONED, Orgs.GUET, Orgs.BAISE_ALUMINIUM),
                ChallengeAwardConsumerTest.BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                Db.count(db, "select count(*) from contract where challenge_id = ?", challenge) == 1);
        String id = Db.single(db, "select id from contract where challenge_id = ?", challenge).toString();

        JsonNode drafted = outboxPayload(id, "registry.ContractDrafted.v1");
        assertThat(drafted.path("challengeId").asText()).isEqualTo(challenge.toString());
        assertThat(drafted.has("intermediary")).isFalse();
        assertThat(drafted.path("seller").path("uscc").asText()).isEqualTo(Orgs.GUET.uscc());
        assertThat(drafted.path("buyer").path("uscc").asText()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
    }

    private long outboxCount(String id, String type) {
        return Db.count(db, "select count(*) from outbox where aggregateid = ? and type = ?", id, type);
    }

    /** The one outbox row of {@code type} for the contract, valid against its schema. */
    private JsonNode outboxPayload(String id, String type) {
        assertThat(outboxCount(id, type)).as("%s of %s in the outbox", type, id).isEqualTo(1);
        String json = Db.single(db, "select payload::text from outbox where aggregateid = ? and type = ?", id, type)
                .toString();
        assertThat(EventSchemas.validate(type, json)).isEmpty();
        return EventJson.readTree(json);
    }
}
