package gx.techmarket.platform.spreadsheet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a strict read of an import file found: its data rows, and the errors of its cells so far (a required value
 * missing, a value not in a column's list). The service adds the errors of its own rules ({@link #reject}) and imports
 * only a sheet without any ({@link #clean}).
 */
public final class ImportSheet {

    private final Template template;
    private final List<SheetRow> rows;
    private final List<RowError> errors;
    private final Locale locale;

    ImportSheet(Template template, List<SheetRow> rows, List<RowError> errors, Locale locale) {
        this.template = template;
        this.rows = List.copyOf(rows);
        this.errors = new ArrayList<>(errors);
        this.locale = locale;
    }

    public List<SheetRow> rows() {
        return rows;
    }

    /** Every error, by row and then by column. */
    public List<RowError> errors() {
        List<RowError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row)
                .thenComparing(e -> e.column() == null ? "" : e.column(),
                        Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())));
        return sorted;
    }

    public boolean clean() {
        return errors.isEmpty();
    }

    public Locale locale() {
        return locale;
    }

    /**
     * Records that {@code row} breaks a rule of the service in column {@code key} ({@code null}: the row as a whole),
     * with its stable {@code code} and the {@code message} in {@link #locale()}.
     */
    public void reject(SheetRow row, String key, String code, String message) {
        if (key == null) {
            errors.add(new RowError(row.number(), null, null, code, message));
            return;
        }
        int index = template.columns().indexOf(template.column(key));
        errors.add(new RowError(row.number(), letter(index), template.columns().get(index).header(), code, message));
    }

    /** Whether a cell of {@code row} in column {@code key} has an error already (e.g. a value not in the list). */
    public boolean hasError(SheetRow row, String key) {
        String header = template.column(key).header();
        return errors.stream().anyMatch(e -> e.row() == row.number() && header.equals(e.header()));
    }

    /** The spreadsheet's name of the column at {@code index} from 0: A … Z, AA … */
    static String letter(int index) {
        StringBuilder s = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            s.insert(0, (char) ('A' + i % 26));
        }
        return s.toString();
    }
}
