package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.AgreementSigned;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ContractType;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Who hears of a signed 揭榜协议 and an accepted milestone, and what their notice says. */
class AgreementNoticesTest {

    static final UUID CHALLENGE = UUID.fromString("9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31");
    static final Instant AT = Instant.parse("2026-08-20T02:15:00Z");

    @Test
    void bothPartiesHearOfTheSignatureEachToldTheOtherSide() {
        AgreementSigned signed = new AgreementSigned(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.randomUUID(), UUID.randomUUID(), "赤泥综合利用关键技术攻关", Orgs.GXU, Orgs.BAISE_ALUMINIUM,
                ContractType.DEVELOPMENT_COMMISSIONED, new BigDecimal("5000000.00"), new BigDecimal("3800000.00"),
                new BigDecimal("1200000.00"), new BigDecimal("0.200000"), new BigDecimal("1000000.00"),
                List.of(new AgreementSigned.Milestone(1, "中试线建成", "中试线验收报告", LocalDate.parse("2027-06-30"),
                        new BigDecimal("1000000.00"))), AT);

        List<Notice> notices = AgreementNotices.of(signed);

        assertThat(notices).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.GXU.uscc(), Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.AGREEMENT_SIGNED);
            assertThat(n.subjectType()).isEqualTo(SubjectType.CHALLENGE);
            assertThat(n.subjectId()).isEqualTo(CHALLENGE);
            assertThat(n.occurredAt()).isEqualTo(AT);
            assertThat(n.args()).containsEntry("amount", "1000000.00").containsEntry("contractType",
                    "DEVELOPMENT_COMMISSIONED");
        });
        assertThat(notices.get(0).args()).containsEntry("counterparty", Orgs.BAISE_ALUMINIUM.name());
        assertThat(notices.get(1).args()).containsEntry("counterparty", Orgs.GXU.name());
    }

    @Test
    void theWinnerHearsOfEachAcceptedMilestoneAndItsSupport() {
        MilestoneAccepted accepted = new MilestoneAccepted(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                UUID.randomUUID(), "赤泥综合利用关键技术攻关", "451000", 1, 2, "小试工艺验证",
                new BigDecimal("300000.00"), new BigDecimal("5000000.00"), new BigDecimal("0.20"),
                new BigDecimal("1000000.00"), Orgs.GXU, AT);

        assertThat(AgreementNotices.of(accepted)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MILESTONE_ACCEPTED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GXU.uscc());
            assertThat(n.args()).containsEntry("number", "1").containsEntry("milestones", "2")
                    .containsEntry("amount", "300000.00").containsEntry("milestone", "小试工艺验证");
        });
    }
}
