package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.contracts.events.InterestExpressed;
import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The matching service's {@code InterestExpressed} reaches the listing owner's notification centre, once. */
@QuarkusTest
class InterestNoticeDeliveryTest extends NotificationServiceTest {

    @Test
    void anInterestReachesTheOwnerOnceWithALinkToTheConversation() {
        UUID interest = UUID.randomUUID();
        InterestExpressed e = new InterestExpressed(interest, ListingKind.RESULT, UUID.randomUUID(), "450300",
                Orgs.GUET, Orgs.LIUZHOU_AUTO_PARTS, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        UUID id = TestEvents.send(e, "/techmarket/matching");
        TestEvents.send(e, "/techmarket/matching"); // replayed under a new id: no second notice
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.handled(db, "notification.notices", id));
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.count(db,
                "select count(*) from notification where subject_id = ? and kind = 'INTEREST_RECEIVED'", interest) == 1);
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/notifications?size=100")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + interest + "' }.kind", equalTo("INTEREST_RECEIVED"))
                .body("items.find { it.subjectId == '" + interest + "' }.link", equalTo("/interests/" + interest))
                .body("items.find { it.subjectId == '" + interest + "' }.args.counterparty",
                        equalTo(Orgs.LIUZHOU_AUTO_PARTS.name()));
    }
}
