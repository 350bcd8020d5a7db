package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.contracts.events.ContractRefused;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.EventJson;
import gx.techmarket.contracts.events.RefusalGround;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The registrar's whole job reaching the parties: the event contracts' examples of 不予登记 and of a deadline run
 * through the consumer, as the registry publishes them.
 */
@QuarkusTest
class ContractNoticesTest extends NotificationServiceTest {

    static final String TOPIC = "registry.contracts.v1";
    static final String REGISTRY = "/techmarket/registry";

    private long notices(UUID subject, String kind) {
        return Db.count(db, "select count(*) from notification where subject_id = ? and kind = ?", subject, kind);
    }

    /** Sends an example of the event contracts as the registry's relay would, under a new event id. */
    private UUID sendExample(String type, String name) {
        String json = TestEvents.example(type, name);
        UUID contract = UUID.fromString(EventJson.readTree(json).get("contractId").asText());
        TestEvents.sendJson(TOPIC, type, contract.toString(), json, UUID.randomUUID(), REGISTRY);
        return contract;
    }

    @Test
    void aDeadlineReachesTheFilerAndIsMailedToThePointsRegistrarsOnce() {
        String registrar = Tokens.as(Role.REGISTRAR, Orgs.NANNING_REGISTRY).user("reg.nanning.deadline", "南宁登记员")
                .claim("email", "reg.nanning.deadline@demo.techmarket.gx.cn").build();
        given().auth().oauth2(registrar).when().get("/notifications/unread-count").then().statusCode(200);

        UUID contract = sendExample("registry.ContractDeadlineApproaching.v1", "two-working-days-left");
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract, "CONTRACT_DEADLINE_APPROACHING") == 2);

        given().auth().oauth2(registrar).when().get("/notifications").then().statusCode(200)
                .body("items.find { it.subjectId == '" + contract + "' }.args.dueOn", equalTo("2026-10-16"))
                .body("items.find { it.subjectId == '" + contract + "' }.args.filer", equalTo("广西大学"))
                .body("items.find { it.subjectId == '" + contract + "' }.deadline", equalTo("2026-10-16T16:00:00Z"));
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GXU)).when().get("/notifications").then()
                .statusCode(200)
                .body("items.find { it.subjectId == '" + contract + "' }.args.workingDaysLeft", equalTo("2"));
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.recipient = ?", contract, "reg.nanning.deadline@demo.techmarket.gx.cn"))
                .isEqualTo(1);

        // the registry's job heard again: no second notice, no second mail (a later event with the same key, so on the
        // same partition and handled after it, shows that it was handled)
        sendExample("registry.ContractDeadlineApproaching.v1", "two-working-days-left");
        UUID marker = UUID.randomUUID();
        TestEvents.sendKeyed(new ContractRefused(marker, "标记合同", ContractType.CONSULTING, Orgs.GXU, Orgs.GX_SUGAR_GROUP,
                null, new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "0103"),
                List.of(RefusalGround.SEALS_INCOMPLETE), "印章不全", clock.instant()), contract.toString(),
                UUID.randomUUID(), REGISTRY);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(marker, "CONTRACT_REFUSED") == 2);
        assertThat(notices(contract, "CONTRACT_DEADLINE_APPROACHING")).isEqualTo(2);
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.recipient = ?", contract, "reg.nanning.deadline@demo.techmarket.gx.cn"))
                .isEqualTo(1);
    }

    @Test
    void aRefusalOfAContractWithAForeignBuyerReachesTheSellerAlone() {
        UUID contract = sendExample("registry.ContractRefused.v1", "management-consulting-foreign-buyer");
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract, "CONTRACT_REFUSED") == 1);
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GXU)).when().get("/notifications").then()
                .statusCode(200)
                .body("items.find { it.subjectId == '" + contract + "' }.args.grounds",
                        equalTo("NOT_TECHNICAL_CONTRACT\nTITLE_CONTENT_MISMATCH"))
                .body("items.find { it.subjectId == '" + contract + "' }.args.counterparty",
                        equalTo("Sugar Technologies GmbH"));
        given().auth().oauth2(Tokens.of(Role.REGISTRAR, Orgs.NANNING_REGISTRY)).when().get("/notifications").then()
                .statusCode(200).body("items.subjectId", not(hasItem(contract.toString())));
    }
}
