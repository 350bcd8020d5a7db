package gx.techmarket.bidding.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The transition tables of challenges and bids. */
class StatusTablesTest {

    @Test
    void shouldAllowTheSkeletonPathOfAChallenge() {
        assertThat(ChallengeStatus.DRAFT.canBecome(ChallengeStatus.PUBLISHED)).isTrue();
        assertThat(ChallengeStatus.PUBLISHED.canBecome(ChallengeStatus.CLOSED)).isTrue();
        assertThat(ChallengeStatus.CLOSED.canBecome(ChallengeStatus.AWARDED)).isTrue();
    }

    @Test
    void shouldAllowTheFullPathOfTheBrief() {
        ChallengeStatus[] path = {ChallengeStatus.DRAFT, ChallengeStatus.SUBMITTED, ChallengeStatus.UNDER_REVIEW,
                ChallengeStatus.PUBLISHED, ChallengeStatus.CLOSED, ChallengeStatus.QUALIFICATION,
                ChallengeStatus.EVALUATION, ChallengeStatus.AWARDED, ChallengeStatus.AGREEMENT_SIGNED,
                ChallengeStatus.IN_PROGRESS, ChallengeStatus.MILESTONE_CHECK, ChallengeStatus.IN_PROGRESS,
                ChallengeStatus.MILESTONE_CHECK, ChallengeStatus.ACCEPTED, ChallengeStatus.COMPLETED};
        for (int i = 1; i < path.length; i++) {
            assertThat(path[i - 1].canBecome(path[i])).as(path[i - 1] + " → " + path[i]).isTrue();
        }
        assertThat(ChallengeStatus.EVALUATION.canBecome(ChallengeStatus.FAILED)).isTrue();
    }

    @Test
    void shouldLetEveryNonFinalChallengeBeCancelledAndNothingLeaveAFinalOne() {
        for (ChallengeStatus s : ChallengeStatus.values()) {
            boolean fin = s == ChallengeStatus.FAILED || s == ChallengeStatus.COMPLETED
                    || s == ChallengeStatus.CANCELLED;
            assertThat(s.isFinal()).as(s.name()).isEqualTo(fin);
            assertThat(s.canBecome(ChallengeStatus.CANCELLED)).as(s.name()).isEqualTo(!fin);
            if (fin) {
                assertThat(Arrays.stream(ChallengeStatus.values()).noneMatch(s::canBecome)).isTrue();
            }
        }
    }

    @Test
    void shouldNotLetABidlessShortcutSkipTheDeadline() {
        assertThat(ChallengeStatus.PUBLISHED.canBecome(ChallengeStatus.AWARDED)).isFalse();
        assertThat(ChallengeStatus.DRAFT.canBecome(ChallengeStatus.AWARDED)).isFalse();
        assertThat(ChallengeStatus.AWARDED.canBecome(ChallengeStatus.AWARDED)).isFalse();
    }

    @Test
    void shouldFollowTheBidsPathsOfTheBrief() {
        assertThat(BidStatus.DRAFT.canBecome(BidStatus.SUBMITTED)).isTrue();
        assertThat(BidStatus.SUBMITTED.canBecome(BidStatus.INVALIDATED)).isTrue();
        assertThat(BidStatus.INVALIDATED.canBecome(BidStatus.RECONFIRMED)).isTrue();
        assertThat(BidStatus.RECONFIRMED.canBecome(BidStatus.QUALIFIED)).isTrue();
        assertThat(BidStatus.QUALIFIED.canBecome(BidStatus.SCORED)).isTrue();
        assertThat(BidStatus.SCORED.canBecome(BidStatus.SELECTED)).isTrue();
        assertThat(BidStatus.SCORED.canBecome(BidStatus.NOT_SELECTED)).isTrue();
        assertThat(BidStatus.INVALIDATED.canBecome(BidStatus.SELECTED)).isFalse();
        assertThat(BidStatus.DRAFT.canBecome(BidStatus.SELECTED)).isFalse();
        for (BidStatus fin : new BidStatus[] {BidStatus.DISQUALIFIED, BidStatus.SELECTED, BidStatus.NOT_SELECTED}) {
            assertThat(fin.isFinal()).as(fin.name()).isTrue();
        }
    }
}
