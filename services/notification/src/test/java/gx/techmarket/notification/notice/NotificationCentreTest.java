package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import gx.techmarket.contracts.events.ContractDrafted;
import gx.techmarket.contracts.events.ContractRegistered;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Topics;
import io.quarkus.test.junit.QuarkusTest;
import gx.techmarket.platform.testing.Tokens;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The notification centre of a user: what reaches their organisation and role, unread counts, reading. */
@QuarkusTest
class NotificationCentreTest extends NotificationServiceTest {

    static final String REGISTRY = "/techmarket/registry";

    /** A broker's draft of {@code contract} between 桂林电子科技大学 and 柳州汽车零部件. */
    private ContractDrafted draft(UUID contract) {
        return new ContractDrafted(contract, "蔗渣生物制浆技术许可合同", ContractType.LICENSE_PATENT, Orgs.GUET,
                Orgs.LIUZHOU_AUTO_PARTS, Orgs.LIUZHOU_TECH_BROKERS, UUID.randomUUID(), null,
                new BigDecimal("2600000.00"), clock.instant());
    }

    private long notices(UUID subject) {
        return Db.count(db, "select count(*) from notification where subject_id = ?", subject);
    }

    @Test
    void aDraftInTheirNameReachesTheSellerAndTheBuyerOnceAndTheyMarkItRead() {
        String seller = Tokens.of(Role.UNIVERSITY, Orgs.GUET);
        String buyer = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        String broker = Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS);
        int unreadBefore = given().auth().oauth2(seller).when().get("/notifications/unread-count")
                .then().statusCode(200).extract().path("unread");

        UUID contract = UUID.randomUUID();
        ContractDrafted drafted = draft(contract);
        UUID eventId = TestEvents.send(drafted, REGISTRY);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract) == 2);

        String id = given().auth().oauth2(seller).when().get("/notifications?unread=true")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + contract + "' }.kind", equalTo("CONTRACT_DRAFTED"))
                .body("items.find { it.subjectId == '" + contract + "' }.link", equalTo("/contracts/" + contract))
                .body("items.find { it.subjectId == '" + contract + "' }.args.counterparty",
                        equalTo(Orgs.LIUZHOU_AUTO_PARTS.name()))
                .body("items.find { it.subjectId == '" + contract + "' }.args.amount", equalTo("2600000.00"))
                .body("items.find { it.subjectId == '" + contract + "' }.read", equalTo(false))
                .body("items.find { it.subjectId == '" + contract + "' }.actions", contains("read"))
                .extract().path("items.find { it.subjectId == '" + contract + "' }.id");
        given().auth().oauth2(seller).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(unreadBefore + 1));
        given().auth().oauth2(buyer).when().get("/notifications")
                .then().statusCode(200).body("items.subjectId", hasItem(contract.toString()));
        // the broker made the draft: nothing to tell its organisation
        given().auth().oauth2(broker).when().get("/notifications")
                .then().statusCode(200).body("items.subjectId", not(hasItem(contract.toString())));

        // delivered again, and replayed under a new id: still one notice each
        TestEvents.send(drafted, eventId, REGISTRY);
        TestEvents.send(drafted, REGISTRY);
        UUID marker = UUID.randomUUID();
        TestEvents.sendKeyed(draft(marker), contract.toString(), UUID.randomUUID(), REGISTRY);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(marker) == 2);
        assertThat(notices(contract)).isEqualTo(2);
        assertThat(Db.handled(db, "notification.notices", eventId)).isTrue();

        // nobody outside the seller's organisation can read or mark it
        given().auth().oauth2(buyer).when().post("/notifications/" + id + "/read")
                .then().statusCode(404).body("code", equalTo("NOTIFICATION_NOT_FOUND"));
        given().auth().oauth2(broker).when().post("/notifications/" + id + "/read").then().statusCode(404);
        given().auth().oauth2(seller).when().post("/notifications/not-an-id/read").then().statusCode(404);

        given().auth().oauth2(seller).when().post("/notifications/" + id + "/read")
                .then().statusCode(200).body("read", equalTo(true)).body("actions", empty());
        // a colleague of the seller sees it read as well: the organisation read it
        given().auth().oauth2(Tokens.as(Role.UNIVERSITY, Orgs.GUET).user("uni.guet.2", "同事").build())
                .when().get("/notifications")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.read", equalTo(true));
        // one fewer unread than after the draft and the marker's draft arrived
        given().auth().oauth2(seller).when().get("/notifications/unread-count")
                .then().statusCode(200).body("unread", equalTo(unreadBefore + 1));
        given().auth().oauth2(seller).when().get("/notifications?unread=true")
                .then().statusCode(200).body("items.id", not(hasItem(id)));

        // the buyer reads all at once
        given().auth().oauth2(buyer).when().post("/notifications/read-all")
                .then().statusCode(200).body("unread", equalTo(0));
        given().auth().oauth2(buyer).when().get("/notifications?unread=true")
                .then().statusCode(200).body("total", equalTo(0)).body("items", empty());
    }

    @Test
    void aNoticeForARoleReachesOnlyTheUsersWithIt() {
        UUID contract = UUID.randomUUID();
        TestEvents.send(new ContractRegistered(contract, "26450101000077", "蔗渣生物制浆技术转让合同",
                ContractType.TRANSFER_PATENT, Orgs.GUET, Orgs.LIUZHOU_AUTO_PARTS, Orgs.LIUZHOU_TECH_BROKERS,
                new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "0101"),
                new BigDecimal("500000.00"), new BigDecimal("0.00"), new BigDecimal("500000.00"), List.of(),
                LocalDate.of(2026, 9, 1), clock.instant(), "GX-2026.1"), REGISTRY);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract) == 3);

        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS)).when().get("/notifications")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + contract + "' }.kind", equalTo("CONTRACT_REGISTERED"))
                .body("items.find { it.subjectId == '" + contract + "' }.args.registrationNumber",
                        equalTo("26450101000077"));
        // an administrator of the broker's organisation is not one of its brokers
        given().auth().oauth2(Tokens.of(Role.ADMIN, Orgs.LIUZHOU_TECH_BROKERS)).when().get("/notifications")
                .then().statusCode(200).body("items.subjectId", not(hasItem(contract.toString())));
    }

    @Test
    void aListIsPagedWithItsTotalAndRefusesBadParameters() {
        String seller = Tokens.of(Role.UNIVERSITY, Orgs.ZJU);
        for (int i = 0; i < 3; i++) {
            UUID contract = UUID.randomUUID();
            clock.advance(Duration.ofSeconds(1));
            TestEvents.send(new ContractDrafted(contract, "技术许可合同 " + i, ContractType.LICENSE_PATENT, Orgs.ZJU,
                    Orgs.GUILIN_SUGAR, null, null, UUID.randomUUID(), null, clock.instant()), REGISTRY);
            await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract) == 2);
        }
        given().auth().oauth2(seller).when().get("/notifications?page=0&size=2")
                .then().statusCode(200).body("total", equalTo(3)).body("items.size()", equalTo(2))
                .body("page", equalTo(0)).body("size", equalTo(2))
                // newest first
                .body("items[0].args.title", equalTo("技术许可合同 2"));
        given().auth().oauth2(seller).when().get("/notifications?page=1&size=2")
                .then().statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(seller).when().get("/notifications?size=101").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(seller).when().get("/notifications?unread=yes").then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"));
        given().when().get("/notifications").then().statusCode(401);
    }

    @Test
    void anEventThatBreaksItsSchemaGoesToTheDeadLetterTopic() {
        UUID contract = UUID.randomUUID();
        TestEvents.sendJson("registry.contracts.v1", "registry.ContractDrafted.v1", contract.toString(),
                "{\"contractId\": \"" + contract + "\"}", UUID.randomUUID(), REGISTRY);
        assertThat(Topics.await("registry.contracts.v1.dlq", Duration.ofSeconds(60),
                r -> contract.toString().equals(r.key()))).isPresent();
        assertThat(notices(contract)).isZero();
    }
}
