package gx.techmarket.catalogue.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An imported file: its drafts in the order of the sheet's rows. {@code alreadyImported} is true when the same file
 * (same SHA-256) had been imported by the organisation before: nothing was imported again, the earlier drafts are
 * listed.
 */
public record ResultImportView(UUID id, String fileName, String sha256, Instant importedAt, boolean alreadyImported,
        List<Imported> results) {

    /** A draft the import made (its title, or {@code null} when it is no longer there). */
    public record Imported(UUID id, String title) {}
}
