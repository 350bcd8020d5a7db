package gx.techmarket.subsidy.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A payee left out of a batch when it was gathered, and why; its items stay unpaid for a later batch. */
@Entity
@Table(name = "payment_batch_held")
class HeldPayee {

    @Id
    UUID id;

    @Column(name = "batch_id", nullable = false)
    UUID batchId;

    @Column(name = "payee_uscc", nullable = false, length = 18)
    String payeeUscc;

    @Column(nullable = false, precision = 18, scale = 2)
    BigDecimal amount;

    @Column(nullable = false)
    int items;

    @Column(nullable = false, length = 40)
    String reason;

    protected HeldPayee() {
        // for Hibernate
    }

    HeldPayee(UUID batchId, Gathering.Held held) {
        this.id = UUID.randomUUID();
        this.batchId = batchId;
        this.payeeUscc = held.payeeUscc();
        this.amount = held.amount();
        this.items = held.items();
        this.reason = held.reason();
    }
}
