package gx.techmarket.notification.notice;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengeRevised;
import gx.techmarket.contracts.events.ComplaintDecided;
import gx.techmarket.contracts.events.ComplaintDecision;
import gx.techmarket.contracts.events.ComplaintSubject;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The bidding service's events after publication reach the notification centres they concern: an edit invalidating
 * bids tells (and mails) each invalidated bidder to reconfirm by the new deadline, once however often it is
 * delivered; a complaint's decision reaches the complainant and nobody else.
 */
@QuarkusTest
class ChallengeNoticeDeliveryTest extends NotificationServiceTest {

    static final String BIDDING = "/techmarket/bidding";

    private long notices(UUID subject, String kind) {
        return Db.count(db, "select count(*) from notification where subject_id = ? and kind = ?", subject, kind);
    }

    @Test
    void anEditTellsAndMailsTheInvalidatedBiddersToReconfirmOnce() {
        String bidder = Tokens.as(Role.ENTERPRISE, Orgs.NANNING_SUGAR).user("ent.nnsugar.reconfirm", "南宁桂糖")
                .claim("email", "ent.nnsugar.reconfirm@demo.techmarket.gx.cn").build();
        given().auth().oauth2(bidder).when().get("/notifications/unread-count").then().statusCode(200);
        UUID challenge = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant deadline = now.plus(Duration.ofDays(7));
        ChallengeRevised revised = new ChallengeRevised(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                "赤泥综合利用关键技术攻关", "451000", 2, deadline, true, "补充攻关目标", List.of(Orgs.NANNING_SUGAR, Orgs.SHENZHEN_ROBOTICS), now);

        UUID id = TestEvents.send(revised, BIDDING);
        TestEvents.send(revised, BIDDING); // replayed under a new id: no second notice
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(challenge, "BID_TO_RECONFIRM") == 2);
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.handled(db, "notification.notices", id));

        given().auth().oauth2(bidder).when().get("/notifications?unread=true").then().statusCode(200)
                .body("items.find { it.subjectId == '" + challenge + "' }.kind", equalTo("BID_TO_RECONFIRM"))
                .body("items.find { it.subjectId == '" + challenge + "' }.link", equalTo("/challenges/" + challenge))
                .body("items.find { it.subjectId == '" + challenge + "' }.args.revision", equalTo("2"))
                .body("items.find { it.subjectId == '" + challenge + "' }.args.deadlineMoved", equalTo("true"));
        assertThat(Instant.parse(given().auth().oauth2(bidder).when().get("/notifications?unread=true").then()
                .extract().<String>path("items.find { it.subjectId == '" + challenge + "' }.deadline")))
                .isEqualTo(deadline);
        assertThat(notices(challenge, "BID_TO_RECONFIRM")).isEqualTo(2);
        // mailed (it carries a deadline) to the bidder's user with an address
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.recipient = ?", challenge,
                "ent.nnsugar.reconfirm@demo.techmarket.gx.cn")).isEqualTo(1);
        assertThat(Db.single(db, "select m.subject from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ?", challenge).toString()).contains("榜单已修改，请重新确认揭榜");
    }

    @Test
    void aComplaintsDecisionReachesTheComplainantOnly() {
        UUID challenge = UUID.randomUUID();
        ComplaintDecided decided = new ComplaintDecided(challenge, UUID.randomUUID(),
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, "赤泥综合利用关键技术攻关", "451000", ComplaintSubject.QUALIFICATION,
                ComplaintDecision.SATISFIED, "经复核，报价在预算范围内。", Orgs.SHENZHEN_ROBOTICS, clock.instant());

        TestEvents.send(decided, BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(challenge, "COMPLAINT_DECIDED") == 1);

        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.SHENZHEN_ROBOTICS)).when().get("/notifications").then()
                .statusCode(200)
                .body("items.find { it.subjectId == '" + challenge + "' }.args.decision", equalTo("SATISFIED"))
                .body("items.find { it.subjectId == '" + challenge + "' }.args.reason", equalTo("经复核，报价在预算范围内。"));
        given().auth().oauth2(Tokens.of(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM)).when().get("/notifications").then()
                .statusCode(200).body("items.find { it.subjectId == '" + challenge + "' }", nullValue());
    }
}
