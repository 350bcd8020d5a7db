package gx.techmarket.portal.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A file the catalogue or the demand service imported: its drafts ({@code results} or {@code demands}, as the service
 * names them), and whether the same file had been imported before.
 */
@TemplateData
@JsonIgnoreProperties(ignoreUnknown = true)
public record ImportedFile(UUID id, String fileName, Instant importedAt, boolean alreadyImported,
        List<Draft> results, List<Draft> demands) {

    public ImportedFile {
        results = results == null ? List.of() : results;
        demands = demands == null ? List.of() : demands;
    }

    /** The drafts, whichever kind they are. */
    public List<Draft> drafts() {
        return results.isEmpty() ? demands : results;
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Draft(UUID id, String title) {}
}
