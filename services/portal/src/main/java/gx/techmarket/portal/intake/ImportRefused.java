package gx.techmarket.portal.intake;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.qute.TemplateData;
import java.util.List;

/** A file refused for its rows (422 IMPORT_ROWS_INVALID): the service's message and every error by row and column. */
public class ImportRefused extends RuntimeException {

    private final Refusal refusal;

    ImportRefused(Refusal refusal) {
        super("IMPORT_ROWS_INVALID", null, false, false);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Refusal(String title, String detail, String code, List<RowError> rows) {

        public Refusal {
            rows = rows == null ? List.of() : List.copyOf(rows);
        }
    }

    @TemplateData
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RowError(int row, String column, String header, String code, String message) {}
}
