package gx.techmarket.platform.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import gx.techmarket.platform.testing.TechmarketTestResources;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A relay that cannot reach Kafka: committed events wait, and readiness says so. */
@QuarkusTest
@TestProfile(StuckRelayHealthTest.UnreachableKafka.class)
@WithTestResource(value = TechmarketTestResources.class, initArgs = @ResourceArg(name = "database", value = "messaging_stuck"))
class StuckRelayHealthTest {

    public static class UnreachableKafka implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "techmarket.messaging.relay.bootstrap-servers", "127.0.0.1:9",
                    "techmarket.messaging.relay.stuck-after", "2s");
        }
    }

    @Inject
    NoteService notes;

    @Test
    void readinessGoesDownWhenCommittedEventsWaitTooLong() {
        given().when().get("/q/health/ready").then().statusCode(200);
        notes.write("note-" + UUID.randomUUID(), 1, "stuck");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().when().get("/q/health/ready").then()
                .statusCode(503)
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("DOWN"))
                .body("checks.name", hasItem("outbox-relay")));
    }
}
