package gx.techmarket.catalogue.edition;

import gx.techmarket.platform.publishing.edition.EditionFileRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** The two files of an edition, as they were published. */
@Entity
@Table(name = "edition_file")
public class EditionFile extends EditionFileRecord {

    protected EditionFile() {}

    EditionFile(UUID editionId, byte[] xlsx, byte[] pdf) {
        super(editionId, xlsx, pdf);
    }
}
