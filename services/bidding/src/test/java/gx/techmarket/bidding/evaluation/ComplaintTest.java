package gx.techmarket.bidding.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gx.techmarket.platform.problems.ProblemException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The complaint machine and its period, without Quarkus. */
class ComplaintTest {

    static final Instant KNOWN = Instant.parse("2026-10-10T02:00:00Z");

    static Complaint filedAt(Instant knownAt, Instant now) {
        return Complaint.file(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "124501004985024102", "广西大学",
                ComplaintSubject.RANKING, "评分明显偏离评审办法。", "user", knownAt, 5, now);
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (ProblemException p) {
            return p.code();
        }
    }

    @Test
    void aComplaintIsFiledWithinTheDaysAfterTheResultIsKnownAndNotBeforeIt() {
        assertThat(filedAt(KNOWN, KNOWN).status).isEqualTo(ComplaintStatus.SUBMITTED);
        assertThat(filedAt(KNOWN, KNOWN.plus(Duration.ofDays(5)).minusSeconds(1)).status.isOpen()).isTrue();
        assertThat(code(() -> filedAt(KNOWN, KNOWN.plus(Duration.ofDays(5))))).isEqualTo("COMPLAINT_PERIOD_OVER");
        assertThat(code(() -> filedAt(null, KNOWN))).isEqualTo("COMPLAINT_NOT_OPEN");
    }

    @Test
    void theOperatorAcceptsOrRejectsThenSatisfiesOrDismissesAndTheComplainantMayWithdrawBefore() {
        Complaint c = filedAt(KNOWN, KNOWN);
        assertThat(code(() -> c.decide("satisfy", "理由", "admin", KNOWN))).isEqualTo("ILLEGAL_STATE_TRANSITION");
        c.decide("accept", "予以受理", "admin", KNOWN);
        assertThat(c.status).isEqualTo(ComplaintStatus.ACCEPTED_FOR_REVIEW);
        assertThat(c.status.isOpen()).isTrue();
        c.decide("dismiss", "评分符合评审办法", "admin", KNOWN);
        assertThat(c.status).isEqualTo(ComplaintStatus.DISMISSED);
        assertThat(c.decisionReason).isEqualTo("评分符合评审办法");
        assertThat(code(() -> c.withdraw(KNOWN))).isEqualTo("ILLEGAL_STATE_TRANSITION");

        Complaint rejected = filedAt(KNOWN, KNOWN);
        rejected.decide("reject", "超出质疑范围", "admin", KNOWN);
        assertThat(rejected.status.isOpen()).isFalse();
        Complaint withdrawn = filedAt(KNOWN, KNOWN);
        withdrawn.decide("accept", "予以受理", "admin", KNOWN);
        withdrawn.withdraw(KNOWN);
        assertThat(withdrawn.status).isEqualTo(ComplaintStatus.WITHDRAWN);
    }

    @Test
    void onlySubmittedAndAcceptedComplaintsAreOpenAndTheDecidedOnesAreFinal() {
        assertThat(Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus::isOpen))
                .containsExactlyInAnyOrder(ComplaintStatus.SUBMITTED, ComplaintStatus.ACCEPTED_FOR_REVIEW);
        assertThat(Arrays.stream(ComplaintStatus.values()).filter(ComplaintStatus.LIFECYCLE::isFinal))
                .containsExactlyInAnyOrder(ComplaintStatus.REJECTED, ComplaintStatus.SATISFIED,
                        ComplaintStatus.DISMISSED, ComplaintStatus.WITHDRAWN);
    }
}
