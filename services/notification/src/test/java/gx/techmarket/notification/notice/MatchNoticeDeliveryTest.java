package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import gx.techmarket.contracts.events.ListingKind;
import gx.techmarket.contracts.events.MatchesFound;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The matching service's {@code MatchesFound} reaches the owner and the brokers of the listing's city, once. */
@QuarkusTest
class MatchNoticeDeliveryTest extends NotificationServiceTest {

    @Test
    void matchesReachTheOwnerAndTheCitysBrokersOnce() {
        UUID demand = UUID.randomUUID();
        MatchesFound e = new MatchesFound(demand, ListingKind.DEMAND, "甘蔗收获机剥叶损失率高", "450100",
                Orgs.GX_SUGAR_GROUP, List.of(new MatchesFound.Match(UUID.randomUUID(), ListingKind.RESULT,
                        "小型甘蔗收获机切割与剥叶装置", "450100", Orgs.GXU, 82,
                        List.of(new MatchesFound.Reason("SHARED_TERMS", List.of("甘蔗", "收获机"))))),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        UUID id = TestEvents.send(e, "/techmarket/matching");
        UUID replay = TestEvents.send(e, "/techmarket/matching"); // replayed under a new id: no second notice
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.handled(db, "notification.notices", id)
                && Db.handled(db, "notification.notices", replay));
        // the owner once, and each agency of Nanning (广西技术转移中心, 广西桂糖科技服务) once
        assertThat(Db.column(db, "select recipient_uscc from notification where subject_id = ? "
                + "and kind = 'MATCHES_FOUND' order by recipient_uscc", demand))
                .containsExactlyInAnyOrder(Orgs.GX_SUGAR_GROUP.uscc(), Orgs.GX_TECH_TRANSFER.uscc(),
                        Orgs.GX_SUGAR_TECH_SERVICE.uscc());

        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.GX_SUGAR_GROUP)).when().get("/notifications?size=100")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + demand + "' }.kind", equalTo("MATCHES_FOUND"))
                .body("items.find { it.subjectId == '" + demand + "' }.link", equalTo("/matches#" + demand))
                .body("items.find { it.subjectId == '" + demand + "' }.args.count", equalTo("1"))
                .body("items.find { it.subjectId == '" + demand + "' }.args.best",
                        equalTo("小型甘蔗收获机切割与剥叶装置"));
        // the brokers of Nanning hear of it; Liuzhou's do not
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.GX_TECH_TRANSFER)).when().get("/notifications?size=100")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + demand + "' }.kind", equalTo("MATCHES_FOUND"));
        given().auth().oauth2(Tokens.of(Role.BROKER, Orgs.LIUZHOU_TECH_BROKERS)).when()
                .get("/notifications?size=100").then().statusCode(200)
                .body("items.subjectId", not(hasItem(demand.toString())));
    }
}
