package gx.techmarket.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What every aggregate a service keeps has: its id, when it came into being, and the version that makes two
 * concurrent changes of it fail (optimistic locking; the loser gets 409 {@code CONCURRENT_MODIFICATION}).
 * Columns {@code id}, {@code created_at}, {@code version}.
 */
@MappedSuperclass
public abstract class Aggregate {

    @Id
    protected UUID id;

    @Column(name = "created_at", nullable = false)
    protected Instant createdAt;

    @Version
    @Column(nullable = false)
    protected long version;

    protected Aggregate() {
        // for Hibernate
    }

    protected Aggregate(UUID id, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
