package gx.techmarket.bidding.evaluation;

import gx.techmarket.platform.domain.Aggregate;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One expert's scores of one qualified bid (criterion number → 0–100, 2 decimals) and comment; made once, unless a
 * satisfied complaint against the ranking voids it ({@code voidedAt}) and the panel scores again.
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet extends Aggregate {

    @Column(name = "challenge_id", nullable = false)
    UUID challengeId;

    @Column(name = "bid_id", nullable = false)
    UUID bidId;

    @Column(name = "expert_id", nullable = false, length = 64)
    String expertId;

    @Column(name = "expert_name", nullable = false, length = 200)
    String expertName;

    @Column(nullable = false, length = 2000)
    String comment;

    @Column(name = "voided_at")
    Instant voidedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_sheet_criterion", joinColumns = @JoinColumn(name = "sheet_id"))
    @MapKeyColumn(name = "number")
    @Column(name = "score", nullable = false, precision = 5, scale = 2)
    Map<Integer, BigDecimal> scores = new HashMap<>();

    protected ScoreSheet() {
        // for Hibernate
    }

    ScoreSheet(UUID id, UUID challengeId, UUID bidId, String expertId, String expertName,
            Map<Integer, BigDecimal> scores, String comment, Instant now) {
        super(id, now);
        this.challengeId = challengeId;
        this.bidId = bidId;
        this.expertId = expertId;
        this.expertName = expertName;
        this.scores = new HashMap<>(scores);
        this.comment = comment;
    }
}
