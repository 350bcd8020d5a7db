package gx.techmarket.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import gx.techmarket.contracts.events.AgreementTermsWritten;
import gx.techmarket.contracts.events.ChallengeCancelled;
import gx.techmarket.contracts.events.ChallengeFailed;
import gx.techmarket.contracts.events.ChallengeFailureReason;
import gx.techmarket.contracts.events.ChallengeKind;
import gx.techmarket.contracts.events.ChallengeRevised;
import gx.techmarket.contracts.events.ComplaintDecided;
import gx.techmarket.contracts.events.ComplaintDecision;
import gx.techmarket.contracts.events.ComplaintFiled;
import gx.techmarket.contracts.events.ComplaintSubject;
import gx.techmarket.contracts.events.MilestoneAccepted;
import gx.techmarket.contracts.events.MilestoneReturned;
import gx.techmarket.platform.testing.Orgs;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who hears of what happens to a challenge after its publication (edits, cancellation, 流标, complaints) and to its
 * 揭榜协议 (terms to confirm, milestones sent back or accepted), and what their notice says.
 */
class ChallengeNoticesTest {

    static final UUID CHALLENGE = UUID.fromString("9b2e4d6f-1a3c-4e5b-8d7f-0a2c4e6b8d31");
    static final UUID COMPLAINT = UUID.fromString("5c7e9a1b-3d5f-4b7d-9f1a-2c4e6a8c0e93");
    static final UUID AGREEMENT = UUID.fromString("6a8c0e2b-4d6f-4a1c-9e3b-5d7f9b1d3f48");
    static final String TITLE = "赤泥综合利用关键技术攻关";
    static final Instant AT = Instant.parse("2026-06-22T02:00:00Z");

    static List<String> recipients(List<Notice> notices) {
        return notices.stream().map(n -> n.recipient().uscc()).toList();
    }

    @Test
    void theInvalidatedBiddersAreToldToReconfirmByTheNewDeadlineAndMailed() {
        Instant deadline = AT.plus(Duration.ofDays(7));
        ChallengeRevised revised = new ChallengeRevised(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE,
                "451000", 2, deadline, true, "补充攻关目标", List.of(Orgs.GXU, Orgs.ZJU), AT);

        List<Notice> notices = ChallengeNotices.of(revised);

        assertThat(recipients(notices)).containsExactly(Orgs.GXU.uscc(), Orgs.ZJU.uscc());
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.BID_TO_RECONFIRM);
            assertThat(n.link()).isEqualTo("/challenges/" + CHALLENGE);
            assertThat(n.deadline()).isEqualTo(deadline);
            assertThat(n.occurredAt()).isEqualTo(AT);
            assertThat(n.mailed()).isTrue();
            assertThat(n.args()).containsEntry("revision", "2").containsEntry("deadlineMoved", "true")
                    .containsEntry("deadline", deadline.toString()).containsEntry("reason", "补充攻关目标")
                    .containsEntry("title", TITLE);
        });
        // an edit before any bid tells nobody
        assertThat(ChallengeNotices.of(new ChallengeRevised(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE,
                "451000", 3, deadline, false, "更正错别字", List.of(), AT))).isEmpty();
    }

    @Test
    void aCancellationReachesTheCounterpartyAndEveryBidderOnce() {
        ChallengeCancelled cancelled = new ChallengeCancelled(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE,
                "451000", Orgs.BAISE_ALUMINIUM, "需求方已撤回需求", List.of(Orgs.GXU, Orgs.ZJU), AT);

        List<Notice> notices = ChallengeNotices.of(cancelled);

        assertThat(recipients(notices)).containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc(),
                Orgs.ZJU.uscc());
        assertThat(notices).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHALLENGE_CANCELLED);
            assertThat(n.args()).containsEntry("reason", "需求方已撤回需求");
            assertThat(n.mailed()).isFalse();
        });
    }

    @Test
    void aFailedChallengeReachesTheCounterpartyAndTheBiddersItNames() {
        ChallengeFailed failed = new ChallengeFailed(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE,
                "451000", Orgs.BAISE_ALUMINIUM, ChallengeFailureReason.TOO_FEW_QUALIFIED_BIDS, AT,
                List.of(Orgs.GXU));

        assertThat(ChallengeNotices.of(failed)).extracting(n -> n.recipient().uscc())
                .containsExactly(Orgs.BAISE_ALUMINIUM.uscc(), Orgs.GXU.uscc());
        assertThat(ChallengeNotices.of(failed)).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.CHALLENGE_FAILED);
            assertThat(n.args()).containsEntry("reason", "TOO_FEW_QUALIFIED_BIDS");
        });
        // an event from before the bidders were named: the counterparty alone
        assertThat(recipients(ChallengeNotices.of(new ChallengeFailed(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                TITLE, "451000", Orgs.BAISE_ALUMINIUM, ChallengeFailureReason.NO_BIDS, AT))))
                .containsExactly(Orgs.BAISE_ALUMINIUM.uscc());
    }

    @Test
    void aComplaintFiledReachesTheCounterpartyAndItsDecisionTheComplainant() {
        ComplaintFiled filed = new ComplaintFiled(CHALLENGE, COMPLAINT, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE,
                "451000", ComplaintSubject.RANKING, Orgs.ZJU, Orgs.BAISE_ALUMINIUM, AT);
        assertThat(ChallengeNotices.of(filed)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COMPLAINT_FILED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.BAISE_ALUMINIUM.uscc());
            assertThat(n.args()).containsEntry("subject", "RANKING").containsEntry("counterparty", Orgs.ZJU.name());
        });

        ComplaintDecided decided = new ComplaintDecided(CHALLENGE, COMPLAINT, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                TITLE, "451000", ComplaintSubject.RANKING, ComplaintDecision.DISMISSED, "评分符合评审办法",
                Orgs.ZJU, AT.plus(Duration.ofDays(1)));
        assertThat(ChallengeNotices.of(decided)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.COMPLAINT_DECIDED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.ZJU.uscc());
            assertThat(n.args()).containsEntry("decision", "DISMISSED").containsEntry("reason", "评分符合评审办法")
                    .containsEntry("subject", "RANKING");
        });
    }

    @Test
    void termsWrittenByOnePartyAreToBeConfirmedByTheOther() {
        AgreementTermsWritten written = new AgreementTermsWritten(CHALLENGE, AGREEMENT,
                ChallengeKind.TECHNOLOGY_BREAKTHROUGH, TITLE, "451000", 2, Orgs.BAISE_ALUMINIUM, Orgs.GXU,
                new BigDecimal("5000000.00"), new BigDecimal("1000000.00"), AT);

        assertThat(AgreementNotices.of(written)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.AGREEMENT_TO_CONFIRM);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GXU.uscc());
            assertThat(n.args()).containsEntry("counterparty", Orgs.BAISE_ALUMINIUM.name())
                    .containsEntry("revision", "2").containsEntry("totalInvestment", "5000000.00")
                    .containsEntry("amount", "1000000.00");
        });
    }

    @Test
    void aMilestoneSentBackReachesTheWinnerAndOneAcceptedBothParties() {
        MilestoneReturned returned = new MilestoneReturned(CHALLENGE, AGREEMENT, ChallengeKind.TECHNOLOGY_BREAKTHROUGH,
                TITLE, "451000", 1, 2, "小试工艺验证", "请补充重复性试验数据", Orgs.GXU, AT);
        assertThat(AgreementNotices.of(returned)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.MILESTONE_RETURNED);
            assertThat(n.recipient().uscc()).isEqualTo(Orgs.GXU.uscc());
            assertThat(n.args()).containsEntry("number", "1").containsEntry("milestones", "2")
                    .containsEntry("milestone", "小试工艺验证").containsEntry("reason", "请补充重复性试验数据");
        });

        MilestoneAccepted accepted = new MilestoneAccepted(CHALLENGE, ChallengeKind.TECHNOLOGY_BREAKTHROUGH, AGREEMENT,
                TITLE, "451000", 1, 2, "小试工艺验证", new BigDecimal("300000.00"), new BigDecimal("5000000.00"),
                new BigDecimal("0.20"), new BigDecimal("1000000.00"), Orgs.GXU, AT, Orgs.BAISE_ALUMINIUM);
        List<Notice> notices = AgreementNotices.of(accepted);
        assertThat(recipients(notices)).containsExactly(Orgs.GXU.uscc(), Orgs.BAISE_ALUMINIUM.uscc());
        assertThat(notices).allSatisfy(n -> assertThat(n.args()).containsEntry("amount", "300000.00"));
        assertThat(notices.get(0).args()).containsEntry("counterparty", Orgs.BAISE_ALUMINIUM.name());
        assertThat(notices.get(1).args()).containsEntry("counterparty", Orgs.GXU.name());
    }
}
