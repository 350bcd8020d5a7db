package gx.techmarket.platform.spreadsheet;

import java.util.List;

/**
 * A file with errors in its rows: nothing is imported. The service answers 422 {@code IMPORT_ROWS_INVALID} with an
 * {@link ImportRefusal} listing every error by row and column.
 */
public class ImportRejected extends RuntimeException {

    private final transient List<RowError> errors;

    public ImportRejected(List<RowError> errors) {
        super(errors.size() + " errors", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
