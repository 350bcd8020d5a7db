package gx.techmarket.demand.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file of demands an organisation imported: recognised by its SHA-256 so that the same file sent again is not
 * imported twice, with the drafts it made.
 */
@Entity
@Table(name = "demand_import")
public class DemandImport {

    @Id
    UUID id;

    @Column(name = "demander_uscc", nullable = false, length = 18)
    String demanderUscc;

    @Column(nullable = false, length = 64)
    String sha256;

    @Column(name = "file_name", nullable = false, length = 200)
    String fileName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "demand_ids", nullable = false, columnDefinition = "uuid[]")
    List<UUID> demandIds = new ArrayList<>();

    @Column(name = "imported_by", nullable = false, length = 200)
    String importedBy;

    @Column(name = "imported_at", nullable = false)
    Instant importedAt;

    protected DemandImport() {
        // for Hibernate
    }
}
