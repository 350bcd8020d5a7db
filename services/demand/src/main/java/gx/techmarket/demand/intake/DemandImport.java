package gx.techmarket.demand.intake;

import gx.techmarket.platform.spreadsheet.ImportRecord;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A file of demands an organisation imported: recognised by its SHA-256 so that the same file sent again is not
 * imported twice, with the drafts it made.
 */
@Entity
@Table(name = "demand_import")
@AttributeOverride(name = "ownerUscc", column = @Column(name = "demander_uscc", nullable = false, length = 18))
@AttributeOverride(name = "itemIds",
        column = @Column(name = "demand_ids", nullable = false, columnDefinition = "uuid[]"))
public class DemandImport extends ImportRecord {

    protected DemandImport() {
        // for Hibernate
    }
}
