package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.contracts.events.DemandExpired;
import gx.techmarket.contracts.events.DemandMatched;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The end of a demand reaches its demander's notification centre: expired (with the deadline that passed) and
 * matched (naming the challenge or the contract), once however often delivered, and nobody else's.
 */
@QuarkusTest
class DemandNoticeDeliveryTest extends NotificationServiceTest {

    static final String DEMAND = "/techmarket/demand";

    private long notices(UUID subject, String kind) {
        return Db.count(db, "select count(*) from notification where subject_id = ? and kind = ?", subject, kind);
    }

    @Test
    void anExpiredAndAMatchedDemandAreToldToTheirDemanderOnce() {
        String demander = Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM);
        String other = Tokens.of(Role.ENTERPRISE, Orgs.LIUZHOU_AUTO_PARTS);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        UUID expiredDemand = UUID.randomUUID();
        UUID matchedDemand = UUID.randomUUID();
        UUID challenge = UUID.randomUUID();
        DemandExpired expired = new DemandExpired(expiredDemand, "赤泥低成本脱碱", Orgs.BAISE_ALUMINIUM.uscc(),
                LocalDate.parse("2026-10-31"), now);
        UUID eventId = UUID.randomUUID();

        TestEvents.send(expired, eventId, DEMAND);
        TestEvents.send(expired, eventId, DEMAND); // redelivered: handled once
        TestEvents.send(new DemandMatched(matchedDemand, "赤泥建材化利用", Orgs.BAISE_ALUMINIUM.uscc(), challenge, null,
                now), DEMAND);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(expiredDemand, "DEMAND_EXPIRED") == 1
                && notices(matchedDemand, "DEMAND_MATCHED") == 1);

        given().auth().oauth2(demander).when().get("/notifications?size=100").then().statusCode(200)
                .body("items.find { it.subjectId == '" + expiredDemand + "' }.link",
                        equalTo("/demands/" + expiredDemand))
                .body("items.find { it.subjectId == '" + expiredDemand + "' }.args.deadlineDate",
                        equalTo("2026-10-31"))
                .body("items.find { it.subjectId == '" + matchedDemand + "' }.kind", equalTo("DEMAND_MATCHED"))
                .body("items.find { it.subjectId == '" + matchedDemand + "' }.args.challengeId",
                        equalTo(challenge.toString()));
        assertThat(given().auth().oauth2(other).when().get("/notifications?size=100").then().statusCode(200)
                .extract().<java.util.List<String>>path("items.subjectId"))
                .doesNotContain(expiredDemand.toString(), matchedDemand.toString());
        assertThat(notices(expiredDemand, "DEMAND_EXPIRED")).isEqualTo(1);
    }
}
