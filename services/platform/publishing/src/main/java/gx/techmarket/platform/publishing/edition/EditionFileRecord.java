package gx.techmarket.platform.publishing.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * The two files of an edition, as they were published. Each service maps it to its own table {@code edition_file}
 * (an entity that extends this and adds nothing).
 */
@MappedSuperclass
public abstract class EditionFileRecord {

    @Id
    @Column(name = "edition_id")
    protected UUID editionId;

    @Column(nullable = false)
    protected byte[] xlsx;

    @Column(nullable = false)
    protected byte[] pdf;

    protected EditionFileRecord() {}

    protected EditionFileRecord(UUID editionId, byte[] xlsx, byte[] pdf) {
        this.editionId = editionId;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }
}
