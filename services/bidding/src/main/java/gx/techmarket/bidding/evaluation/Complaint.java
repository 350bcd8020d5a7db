package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.ChangingAggregate;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * 质疑: a bidder's complaint against the qualification decision on its bid or against the ranking, filed within the
 * complaint period after the result was made known, decided by the operator with reasons ({@link ComplaintStatus}).
 */
@Entity
@Table(name = "complaint")
public class Complaint extends ChangingAggregate {

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(name = "bid_id", nullable = false)
    UUID bidId;

    @Column(name = "complainant_uscc", nullable = false, length = 18)
    String complainantUscc;

    @Column(name = "complainant_name", nullable = false, length = 200)
    String complainantName;

    @Column(nullable = false, length = 20)
    @Enumerated(EnumType.STRING)
    ComplaintSubject subject;

    @Column(nullable = false, length = 5000)
    String grounds;

    @Column(nullable = false, length = 30)
    @Enumerated(EnumType.STRING)
    ComplaintStatus status;

    @Column(name = "filed_by", nullable = false, length = 200)
    String filedBy;

    @Column(name = "decision_reason", length = 2000)
    String decisionReason;

    @Column(name = "decided_by", length = 200)
    String decidedBy;

    @Column(name = "decided_at")
    Instant decidedAt;

    protected Complaint() {
        // for Hibernate
    }

    /**
     * Files a complaint about {@code subject}, made known at {@code knownAt} (null: not yet), within
     * {@code periodDays} × 24 hours of it.
     */
    static Complaint file(UUID id, UUID challengeId, UUID bidId, String uscc, String name, ComplaintSubject subject,
            String grounds, String filedBy, Instant knownAt, int periodDays, Instant now) {
        if (knownAt == null) {
            throw ProblemException.conflict("COMPLAINT_NOT_OPEN").withField("subject", "COMPLAINT_NOT_OPEN");
        }
        if (!now.isBefore(knownAt.plus(Duration.ofDays(periodDays)))) {
            throw ProblemException.conflict("COMPLAINT_PERIOD_OVER", periodDays);
        }
        Complaint c = new Complaint();
        c.id = id;
        c.challengeId = challengeId;
        c.bidId = bidId;
        c.complainantUscc = uscc;
        c.complainantName = name;
        c.subject = subject;
        c.grounds = grounds;
        c.status = ComplaintStatus.SUBMITTED;
        c.filedBy = filedBy;
        c.createdAt = now;
        c.updatedAt = now;
        return c;
    }

    /** The operator's decision ({@code accept}, {@code reject}, {@code satisfy}, {@code dismiss}) with its reasons. */
    void decide(String action, String reason, String by, Instant now) {
        status = ComplaintStatus.LIFECYCLE.apply(action, status);
        decisionReason = reason;
        decidedBy = by;
        decidedAt = now;
        touch(now);
    }

    /** The complainant withdraws it before a decision. */
    void withdraw(Instant now) {
        status = ComplaintStatus.LIFECYCLE.apply("withdraw", status);
        touch(now);
    }
}
