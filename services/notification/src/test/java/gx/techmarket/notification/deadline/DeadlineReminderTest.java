package gx.techmarket.notification.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import gx.techmarket.contracts.events.ChallengeAwarded;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengePublished;
import gx.techmarket.contracts.events.ContractReturned;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.RegistrationPoint;
import gx.techmarket.notification.NotificationServiceTest;
import gx.techmarket.notification.infra.SmtpMailbox;
import gx.techmarket.notification.mail.MailSender;
import gx.techmarket.platform.security.Role;
import gx.techmarket.platform.testing.Db;
import gx.techmarket.platform.testing.Orgs;
import gx.techmarket.platform.testing.TestEvents;
import gx.techmarket.platform.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 榜单即将截止: the demander is told and mailed once, a day before the deadline. */
@QuarkusTest
class DeadlineReminderTest extends NotificationServiceTest {

    static final String BIDDING = "/techmarket/bidding";

    @Inject
    DeadlineReminders reminders;

    @Inject
    MailSender mails;

    private long notices(UUID subject, String kind) {
        return Db.count(db, "select count(*) from notification where subject_id = ? and kind = ?", subject, kind);
    }

    @Test
    void theDemanderIsRemindedADayBeforeTheDeadlineOnceAndMailedInBothLanguages() {
        // the demander's user has signed in: the notification centre knows where to mail them
        String demander = Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).user("ent.baise", "百色华银")
                .claim("email", "ent.baise@demo.techmarket.gx.cn").build();
        given().auth().oauth2(demander).when().get("/notifications/unread-count").then().statusCode(200);
        // a colleague whose mailbox the server refuses: that mail fails alone, counted, and is tried again later
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).user("ent.baise.3", "同事")
                .claim("email", SmtpMailbox.BOUNCING + "baise@demo.techmarket.gx.cn").build())
                .when().get("/notifications/unread-count").then().statusCode(200);
        // a colleague without an address is not mailed, and another organisation's user is not either
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.BAISE_ALUMINIUM).user("ent.baise.2", "同事").build())
                .when().get("/notifications/unread-count").then().statusCode(200);
        given().auth().oauth2(Tokens.as(Role.ENTERPRISE, Orgs.GUILIN_SUGAR).user("ent.guilinsugar", "桂林桂糖")
                .claim("email", "ent.guilinsugar@demo.techmarket.gx.cn").build())
                .when().get("/notifications/unread-count").then().statusCode(200);

        UUID challenge = UUID.randomUUID();
        Instant deadline = clock.instant().plus(Duration.ofHours(30)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.send(new ChallengePublished(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(),
                null, "赤泥综合利用技术攻关", Orgs.BAISE_ALUMINIUM, null, "451000", deadline,
                clock.instant()), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(challenge, "CHALLENGE_PUBLISHED") == 1);

        // 30 hours before: not yet
        reminders.remindDue();
        assertThat(notices(challenge, "CHALLENGE_DEADLINE_APPROACHING")).isZero();

        clock.advance(Duration.ofHours(7));
        assertThat(reminders.remindDue()).isPositive();
        given().auth().oauth2(demander).when().get("/notifications?unread=true")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + challenge + "' && it.kind == 'CHALLENGE_DEADLINE_APPROACHING' }"
                        + ".deadline", equalTo(deadline.toString()))
                .body("items.find { it.subjectId == '" + challenge + "' && it.kind == 'CHALLENGE_DEADLINE_APPROACHING' }"
                        + ".args.title", equalTo("赤泥综合利用技术攻关"));

        // once: the next runs remind nobody again
        reminders.remindDue();
        clock.advance(Duration.ofHours(1));
        reminders.remindDue();
        assertThat(notices(challenge, "CHALLENGE_DEADLINE_APPROACHING")).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from known_challenge where id = ? and reminded_at is not null",
                challenge)).isEqualTo(1);

        // a mail to each user of the demander with an address, through the SMTP server
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ?", challenge)).isEqualTo(2);
        mails.sendPending();
        List<SmtpMailbox.Received> received = SmtpMailbox.received().stream()
                .filter(r -> r.recipients().contains("ent.baise@demo.techmarket.gx.cn")).toList();
        assertThat(received).singleElement().satisfies(r -> {
            assertThat(r.recipients()).containsExactly("ent.baise@demo.techmarket.gx.cn");
            assertThat(r.message()).contains("Subject:", "noreply@techmarket.gx.cn");
        });
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.sent_at is not null", challenge)).isEqualTo(1);
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.sent_at is null and m.attempts = 1 and m.last_error is not null",
                challenge)).as("the refused mail, counted with its error").isEqualTo(1);
        String subject = Db.single(db, "select m.subject from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.sent_at is not null", challenge).toString();
        assertThat(subject).startsWith("【广西网上技术市场】榜单即将截止：赤泥综合利用技术攻关");
        // sent is sent: the next run sends nothing of it again, and tries the refused one once more
        mails.sendPending();
        assertThat(SmtpMailbox.received().stream()
                .filter(r -> r.recipients().contains("ent.baise@demo.techmarket.gx.cn"))).hasSize(1);
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ? and m.sent_at is null and m.attempts = 2", challenge)).isEqualTo(1);
    }

    @Test
    void aChallengeClosedWhileNobodyLookedIsNotRemindedAfterItsDeadline() {
        UUID challenge = UUID.randomUUID();
        Instant deadline = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        TestEvents.send(new ChallengePublished(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(),
                null, "过期的榜单", Orgs.GUILIN_SUGAR, null, "450300", deadline, clock.instant()), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(challenge, "CHALLENGE_PUBLISHED") == 1);
        clock.advance(Duration.ofHours(3));
        reminders.remindDue();
        assertThat(notices(challenge, "CHALLENGE_DEADLINE_APPROACHING")).isZero();

        // the award names the challenge by the title its publication gave
        TestEvents.send(new ChallengeAwarded(challenge, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, UUID.randomUUID(),
                null, Orgs.GUILIN_SUGAR, null, Orgs.GUET, UUID.randomUUID(), new BigDecimal("900000.00"), 12,
                clock.instant()), BIDDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(challenge, "CHALLENGE_AWARDED") == 2);
        given().auth().oauth2(Tokens.of(Role.UNIVERSITY, Orgs.GUET)).when().get("/notifications")
                .then().statusCode(200)
                .body("items.find { it.subjectId == '" + challenge + "' }.args.title", equalTo("过期的榜单"))
                .body("items.find { it.subjectId == '" + challenge + "' }.args.counterparty",
                        equalTo(Orgs.GUILIN_SUGAR.name()));
    }

    @Test
    void aReturnWithoutACorrectionDeadlineIsNotMailed() {
        given().auth().oauth2(Tokens.as(Role.UNIVERSITY, Orgs.GXAS).user("expert.gxas", "广西科学院")
                .claim("email", "expert.gxas@demo.techmarket.gx.cn").build())
                .when().get("/notifications/unread-count").then().statusCode(200);
        UUID contract = UUID.randomUUID();
        TestEvents.send(new ContractReturned(contract, "技术服务合同", ContractType.SERVICE, Orgs.GXAS,
                Orgs.GX_SUGAR_GROUP, null,
                new RegistrationPoint(Orgs.NANNING_REGISTRY.uscc(), "南宁市技术合同登记站", "0101"),
                List.of("缺少附件"), clock.instant()), "/techmarket/registry");
        await().atMost(Duration.ofSeconds(60)).until(() -> notices(contract, "CONTRACT_RETURNED") == 1);
        assertThat(Db.count(db, "select count(*) from mail m join notification n on n.id = m.notification_id"
                + " where n.subject_id = ?", contract)).isZero();
    }
}
