package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** 资格审查: the decision on one bid (its id is the bid's); a disqualification has a reason from the list. */
@Entity
@Table(name = "qualification_decision")
public class QualificationDecision extends Aggregate {

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(nullable = false)
    boolean qualified;

    @Column(length = 40)
    @Enumerated(EnumType.STRING)
    DisqualificationReason reason;

    @Column(length = 2000)
    String note;

    @Column(name = "decided_by", nullable = false, length = 200)
    String decidedBy;

    protected QualificationDecision() {
        // for Hibernate
    }

    QualificationDecision(UUID bidId, UUID challengeId, boolean qualified, DisqualificationReason reason, String note,
            String decidedBy, Instant now) {
        super(bidId, now);
        this.challengeId = challengeId;
        this.qualified = qualified;
        this.reason = reason;
        this.note = note;
        this.decidedBy = decidedBy;
    }
}
