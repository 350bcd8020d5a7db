package gx.techmarket.catalogue.edition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The two files of an edition, as they were published. */
@Entity
@Table(name = "edition_file")
public class EditionFile {

    @Id
    @Column(name = "edition_id")
    UUID editionId;

    @Column(nullable = false)
    byte[] xlsx;

    @Column(nullable = false)
    byte[] pdf;

    protected EditionFile() {}

    EditionFile(UUID editionId, byte[] xlsx, byte[] pdf) {
        this.editionId = editionId;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }
}
