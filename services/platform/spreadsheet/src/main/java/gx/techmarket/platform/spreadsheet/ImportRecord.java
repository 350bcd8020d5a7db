package gx.techmarket.platform.spreadsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A file an organisation imported: recognised by its SHA-256 so that the same file sent again is not imported
 * twice, with the drafts it made. Each service maps it to its own table (an entity that extends this and names the
 * organisation's and the drafts' columns with {@code @AttributeOverride} on {@code ownerUscc} and {@code itemIds}).
 */
@MappedSuperclass
public abstract class ImportRecord {

    @Id
    protected UUID id;

    @Column(name = "owner_uscc", nullable = false, length = 18)
    protected String ownerUscc;

    @Column(nullable = false, length = 64)
    protected String sha256;

    @Column(name = "file_name", nullable = false, length = 200)
    protected String fileName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "item_ids", nullable = false, columnDefinition = "uuid[]")
    protected List<UUID> itemIds = new ArrayList<>();

    @Column(name = "imported_by", nullable = false, length = 200)
    protected String importedBy;

    @Column(name = "imported_at", nullable = false)
    protected Instant importedAt;

    protected ImportRecord() {
        // for Hibernate
    }

    public UUID id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    /** The drafts the import made, in the order of the sheet's rows. */
    public List<UUID> itemIds() {
        return itemIds;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
