package gx.techmarket.catalogue.intake;

import gx.techmarket.platform.spreadsheet.ImportRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A file of results an organisation imported: recognised by its SHA-256 so that the same file sent again is not
 * imported twice, with the drafts it made.
 */
@Entity
@Table(name = "result_import")
@AttributeOverride(name = "ownerUscc", column = @Column(name = "holder_uscc", nullable = false, length = 18))
@AttributeOverride(name = "itemIds",
        column = @Column(name = "result_ids", nullable = false, columnDefinition = "uuid[]"))
public class ResultImport extends ImportRecord {

    protected ResultImport() {
        // for Hibernate
    }
}
