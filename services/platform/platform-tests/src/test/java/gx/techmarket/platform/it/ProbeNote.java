package gx.techmarket.platform.it;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row in the probe application's own schema, to show the datasource and Flyway wiring are real. */
@Entity
@Table(name = "probe_note")
public class ProbeNote {
    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
