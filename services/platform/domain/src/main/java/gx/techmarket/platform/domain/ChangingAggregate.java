package gx.techmarket.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * An aggregate its users change after creating it (a listing, a challenge, a bid, a contract): it also keeps when it
 * last changed (column {@code updated_at}), set by every change through {@link #touch}.
 */
@MappedSuperclass
public abstract class ChangingAggregate extends Aggregate {

    @Column(name = "updated_at", nullable = false)
    protected Instant updatedAt;

    protected ChangingAggregate() {
        // for Hibernate
    }

    protected ChangingAggregate(UUID id, Instant createdAt) {
        super(id, createdAt);
        this.updatedAt = createdAt;
    }

    /** Records a change made at {@code now}. */
    protected void touch(Instant now) {
        updatedAt = now;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
