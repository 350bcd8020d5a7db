package gx.techmarket.subsidy.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How (part of) a receivable came back: repaid to the programme's bank account, or set off in a payment batch. */
@Entity
@Table(name = "receivable_settlement")
class ReceivableSettlement {

    @Id
    UUID id;

    @Column(name = "receivable_id", nullable = false)
    UUID receivableId;

    @Column(nullable = false, length = 20)
    String kind;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(name = "entry_id", nullable = false)
    UUID entryId;

    @Column(name = "batch_id")
    UUID batchId;

    @Column(nullable = false, length = 100)
    String reference;

    @Column(name = "settled_on", nullable = false)
    LocalDate settledOn;

    @Column(name = "recorded_at", nullable = false)
    Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 200)
    String recordedBy;

    protected ReceivableSettlement() {
        // for Hibernate
    }

    ReceivableSettlement(UUID receivableId, String kind, BigDecimal amount, UUID entryId, UUID batchId,
            String reference, LocalDate settledOn, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.receivableId = receivableId;
        this.kind = kind;
        this.amount = amount;
        this.entryId = entryId;
        this.batchId = batchId;
        this.reference = reference;
        this.settledOn = settledOn;
        this.recordedAt = now;
        this.recordedBy = recordedBy;
    }
}
