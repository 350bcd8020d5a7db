package gx.techmarket.bidding.challenge;

import static gx.techmarket.bidding.challenge.ChallengeStatus.LIFECYCLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lifecycles of challenges and bids. */
class StatusTablesTest {

    static final Set<ChallengeStatus> FINAL =
            EnumSet.of(ChallengeStatus.FAILED, ChallengeStatus.COMPLETED, ChallengeStatus.CANCELLED,
                    ChallengeStatus.TERMINATED);

    @Test
    void shouldImplementTheWholeLifecycleOfTheBrief() {
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.DRAFT)).containsExactlyInAnyOrder("publish", "submit",
                "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.SUBMITTED)).containsExactlyInAnyOrder("review", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.UNDER_REVIEW)).containsExactlyInAnyOrder("approve", "reject",
                "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.PUBLISHED)).containsExactlyInAnyOrder("close", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.CLOSED)).containsExactlyInAnyOrder("qualify", "fail",
                "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.QUALIFICATION)).containsExactlyInAnyOrder("evaluate", "fail",
                "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.EVALUATION)).containsExactlyInAnyOrder("award", "fail",
                "cancel");
        // the service cancels only before the award (Challenge.cancel); after it a failed project is terminated
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.AWARDED)).containsExactlyInAnyOrder("sign", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.AGREEMENT_SIGNED))
                .containsExactlyInAnyOrder("start", "terminate", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.IN_PROGRESS))
                .containsExactlyInAnyOrder("check-milestone", "terminate", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.MILESTONE_CHECK))
                .containsExactlyInAnyOrder("resume", "accept", "terminate", "cancel");
        assertThat(LIFECYCLE.actionsFrom(ChallengeStatus.ACCEPTED))
                .containsExactlyInAnyOrder("complete", "terminate", "cancel");
        assertThat(LIFECYCLE.moves()).noneMatch(m -> m.reserved());
    }

    @Test
    void shouldLeadAlongTheFullPathOfTheBrief() {
        ChallengeStatus[] path = {ChallengeStatus.DRAFT, ChallengeStatus.SUBMITTED, ChallengeStatus.UNDER_REVIEW,
                ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED, ChallengeStatus.QUALIFICATION,
                ChallengeStatus.EVALUATION, ChallengeStatus.AWARDED, ChallengeStatus.AGREEMENT_SIGNED,
                ChallengeStatus.IN_PROGRESS, ChallengeStatus.MILESTONE_CHECK, ChallengeStatus.IN_PROGRESS,
                ChallengeStatus.MILESTONE_CHECK, ChallengeStatus.ACCEPTED, ChallengeStatus.COMPLETED};
        for (int i = 1; i < path.length; i++) {
            assertThat(LIFECYCLE.leads(path[i - 1], path[i])).as(path[i - 1] + " → " + path[i]).isTrue();
        }
        assertThat(LIFECYCLE.leads(ChallengeStatus.EVALUATION, ChallengeStatus.FAILED)).isTrue();
        assertThat(LIFECYCLE.leads(ChallengeStatus.UNDER_REVIEW, ChallengeStatus.DRAFT)).isTrue();
    }

    @Test
    void shouldLetEveryNonFinalChallengeBeCancelledAndNothingLeaveAFinalOne() {
        for (ChallengeStatus s : ChallengeStatus.values()) {
            boolean fin = FINAL.contains(s);
            assertThat(LIFECYCLE.isFinal(s)).as(s.name()).isEqualTo(fin);
            assertThat(LIFECYCLE.leads(s, ChallengeStatus.CANCELLED)).as(s.name()).isEqualTo(!fin);
        }
    }

    @Test
    void shouldNotLetABidlessShortcutSkipTheDeadline() {
        assertThat(LIFECYCLE.leads(ChallengeStatus.PUBLISHED, ChallengeStatus.AWARDED)).isFalse();
        assertThat(LIFECYCLE.leads(ChallengeStatus.DRAFT, ChallengeStatus.AWARDED)).isFalse();
        assertThat(LIFECYCLE.leads(ChallengeStatus.CLOSED, ChallengeStatus.AWARDED)).as("award only from EVALUATION")
                .isFalse();
        assertThatThrownBy(() -> LIFECYCLE.apply("award", ChallengeStatus.AWARDED))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.code()).isEqualTo("ILLEGAL_STATE_TRANSITION"));
    }

    @Test
    void shouldFollowTheBidsPathsOfTheBrief() {
        BidStatus[] path = {BidStatus.DRAFT, BidStatus.SUBMITTED, BidStatus.INVALIDATED, BidStatus.RECONFIRMED,
                BidStatus.QUALIFIED, BidStatus.SCORED, BidStatus.SELECTED};
        for (int i = 1; i < path.length; i++) {
            assertThat(BidStatus.LIFECYCLE.leads(path[i - 1], path[i])).as(path[i - 1] + " → " + path[i]).isTrue();
        }
        assertThat(BidStatus.LIFECYCLE.leads(BidStatus.SCORED, BidStatus.NOT_SELECTED)).isTrue();
        assertThat(BidStatus.LIFECYCLE.leads(BidStatus.INVALIDATED, BidStatus.SELECTED)).isFalse();
        assertThat(BidStatus.LIFECYCLE.leads(BidStatus.DRAFT, BidStatus.SELECTED)).isFalse();
        assertThat(Arrays.stream(BidStatus.values()).filter(BidStatus.LIFECYCLE::isFinal))
                .containsExactlyInAnyOrder(BidStatus.SELECTED, BidStatus.NOT_SELECTED, BidStatus.WITHDRAWN);
        assertThat(BidStatus.LIFECYCLE.actionsFrom(BidStatus.DISQUALIFIED)).containsExactly("requalify");
        assertThat(BidStatus.LIFECYCLE.actionsFrom(BidStatus.SCORED))
                .containsExactlyInAnyOrder("select", "not-select", "rescore");
        assertThat(Arrays.stream(BidStatus.values()).filter(BidStatus::isInCompetition))
                .containsExactly(BidStatus.SCORED);
        assertThat(BidStatus.LIFECYCLE.actionsFrom(BidStatus.SUBMITTED))
                .containsExactlyInAnyOrder("invalidate", "qualify", "disqualify", "withdraw");
        assertThat(BidStatus.LIFECYCLE.actionsFrom(BidStatus.QUALIFIED)).containsExactly("score");
    }
}
