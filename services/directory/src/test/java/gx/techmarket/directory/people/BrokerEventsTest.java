package gx.techmarket.directory.people;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.BrokerChanged;
import gx.techmarket.contracts.events.EventSchemas;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register tells its brokers (directory.BrokerChanged.v1) in the transaction of each change of their public
 * facts: entered, edited, suspended, reactivated. Never their contact details, and nothing for a change that touches
 * none of those facts.
 */
@QuarkusTest
class BrokerEventsTest extends PeopleTest {

    private static final String TYPE = "directory.BrokerChanged.v1";
    static final String GXTTC_BROKER = Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER);
    static final String PHONE = "13907719876";
    static final String EMAIL = "broker.events@demo.techmarket.gx.cn";

    @BeforeEach
    void agencyIsVerified() {
        ensureVerified(Orgs.GX_TECH_TRANSFER);
        ensureVerified(Orgs.LIUZHOU_TECH_BROKERS);
    }

    @Test
    void enteringEditingAndSuspendingABrokerEachTellItsFactsWithoutItsContactDetails() {
        String name = "韦" + newField();
        String certificate = newCertificate();
        String account = subjectOf("broker.events." + name);
        Map<String, Object> body = broker(name, Orgs.GX_TECH_TRANSFER.uscc(), certificate, List.of("SUGAR"),
                contact(PHONE, "PUBLIC", EMAIL, "SIGNED_IN"), account);
        JsonPath created = JsonPath.from(given().auth().oauth2(GXTTC_BROKER).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(201).extract().asString());
        String id = created.getString("id");

        assertThat(told(id)).singleElement().satisfies(payload -> {
            assertFacts(payload, id, name, account, Orgs.GX_TECH_TRANSFER.uscc(), certificate, "ACTIVE");
            assertThat(Instant.parse(JsonPath.from(payload).getString("changedAt")))
                    .isEqualTo(Instant.parse(created.getString("updatedAt")));
        });
        assertThat(Db.single(db, "select aggregatetype from outbox where type = ? and aggregateid = ?", TYPE, id))
                .hasToString("Broker");

        // an edit: a new agency, no certificate any more
        clock.advance(Duration.ofMinutes(1));
        Map<String, Object> edited = broker(name, Orgs.LIUZHOU_TECH_BROKERS.uscc(), null, List.of("SUGAR"),
                contact(PHONE, "PUBLIC", EMAIL, "SIGNED_IN"), account);
        given().auth().oauth2(PROVINCE).contentType("application/json").body(edited)
                .when().put("/brokers/" + id).then().statusCode(200);
        assertThat(told(id)).hasSize(2).last().satisfies(payload ->
                assertFacts(payload, id, name, account, Orgs.LIUZHOU_TECH_BROKERS.uscc(), null, "ACTIVE"));

        // a suspension
        clock.advance(Duration.ofMinutes(1));
        String suspendedAt = given().auth().oauth2(PROVINCE).contentType("application/json")
                .body(Map.of("reason", "离职")).when().post("/brokers/" + id + "/suspend").then().statusCode(200)
                .extract().path("updatedAt");
        assertThat(told(id)).hasSize(3).last().satisfies(payload -> {
            assertFacts(payload, id, name, account, Orgs.LIUZHOU_TECH_BROKERS.uscc(), null, "SUSPENDED");
            assertThat(payload).doesNotContain("离职");
            assertThat(Instant.parse(JsonPath.from(payload).getString("changedAt")))
                    .isEqualTo(Instant.parse(suspendedAt));
        });

        // reactivated: told again
        given().auth().oauth2(PROVINCE).when().post("/brokers/" + id + "/reactivate").then().statusCode(200);
        assertThat(told(id)).hasSize(4).last().satisfies(payload ->
                assertFacts(payload, id, name, account, Orgs.LIUZHOU_TECH_BROKERS.uscc(), null, "ACTIVE"));
    }

    @Test
    void aChangeOfContactDetailsOnlyOrAnEditThatChangesNothingTellsNothing() {
        String name = "覃" + newField();
        Map<String, Object> body = broker(name, Orgs.GX_TECH_TRANSFER.uscc(), null, List.of("SUGAR"),
                contact(PHONE, "PRIVATE", null, "PRIVATE"), null);
        String id = given().auth().oauth2(GXTTC_BROKER).contentType("application/json").body(body)
                .when().post("/brokers").then().statusCode(201).extract().path("id");
        assertThat(told(id)).singleElement().satisfies(payload ->
                assertFacts(payload, id, name, null, Orgs.GX_TECH_TRANSFER.uscc(), null, "ACTIVE"));

        given().auth().oauth2(GXTTC_BROKER).contentType("application/json")
                .body(contact(PHONE, "PUBLIC", EMAIL, "PUBLIC"))
                .when().put("/brokers/" + id + "/contact").then().statusCode(200);
        Map<String, Object> sameFactsNewContact = broker(name, Orgs.GX_TECH_TRANSFER.uscc(), null, List.of("SUGAR"),
                contact("0771-5610000", "SIGNED_IN", EMAIL, "PUBLIC"), null);
        sameFactsNewContact.put("trainingHours", 80);
        given().auth().oauth2(GXTTC_BROKER).contentType("application/json").body(sameFactsNewContact)
                .when().put("/brokers/" + id).then().statusCode(200);

        assertThat(told(id)).as("neither contact details nor training hours are told").hasSize(1);
    }

    @Test
    void theEventsStatusesAreTheRegistersStandings() {
        assertThat(Arrays.stream(BrokerChanged.Status.values()).map(Enum::name))
                .containsExactly(Arrays.stream(PersonStatus.values()).map(Enum::name).toArray(String[]::new));
    }

    /** The broker's BrokerChanged payloads in the outbox, in order. */
    @Inject
    BrokerAnnouncements announcements;

    @Test
    void aBrokerEnteredBeforeTheEventExistedIsAnnouncedOnceFromTheBacklog() {
        String name = "覃" + newField();
        String account = subjectOf("broker.backlog." + name);
        String id = given().auth().oauth2(GXTTC_BROKER).contentType("application/json")
                .body(broker(name, Orgs.GX_TECH_TRANSFER.uscc(), null, List.of("SUGAR"),
                        contact(PHONE, "PUBLIC", EMAIL, "SIGNED_IN"), account))
                .when().post("/brokers").then().statusCode(201).extract().path("id");
        assertThat(told(id)).hasSize(1);
        // as V21 leaves a broker entered before BrokerChanged existed
        Db.update(db, "insert into broker_announcement_backlog (broker_id) values (?)", UUID.fromString(id));

        int announced = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(announcements::announceBacklog);

        assertThat(announced).isPositive();
        assertThat(told(id)).hasSize(2).last().satisfies(payload ->
                assertFacts(payload, id, name, account, Orgs.GX_TECH_TRANSFER.uscc(), null, "ACTIVE"));
        assertThat(Db.count(db, "select count(*) from broker_announcement_backlog where broker_id = ?",
                UUID.fromString(id))).isZero();
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(announcements::announceBacklog);
        assertThat(told(id)).as("once").hasSize(2);
    }

    private List<String> told(String brokerId) {
        return events(TYPE, brokerId);
    }

    private static void assertFacts(String payload, String id, String name, String account, String agency,
            String certificate, String status) {
        assertThat(EventSchemas.validate(TYPE, payload)).isEmpty();
        JsonPath json = JsonPath.from(payload);
        assertThat(json.getMap("")).containsOnlyKeys(expectedKeys(account, certificate));
        assertThat(json.getString("brokerId")).isEqualTo(id);
        assertThat(json.getString("name")).isEqualTo(name);
        assertThat(json.getString("accountSubject")).isEqualTo(account);
        assertThat(json.getString("agencyUscc")).isEqualTo(agency);
        assertThat(json.getString("certificateNumber")).isEqualTo(certificate);
        assertThat(json.getString("status")).isEqualTo(status);
        // personal data never travels
        assertThat(payload).doesNotContain(PHONE, EMAIL, "contact", "phone", "email");
    }

    private static String[] expectedKeys(String account, String certificate) {
        List<String> keys = new java.util.ArrayList<>(List.of("brokerId", "name", "agencyUscc", "status",
                "changedAt"));
        if (account != null) {
            keys.add("accountSubject");
        }
        if (certificate != null) {
            keys.add("certificateNumber");
        }
        return keys.toArray(String[]::new);
    }
}
