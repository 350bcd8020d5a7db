package gx.techmarket.demand.intake;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.demand.listing.DemandRequest;
import gx.techmarket.platform.spreadsheet.FormRows;
import gx.techmarket.platform.spreadsheet.ImportSheet;
import gx.techmarket.platform.spreadsheet.SheetRow;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rows of a demands sheet as {@link DemandRequest}s, checked with the form's own rules: its Bean Validation
 * constraints and its rules between fields; every refusal lands on the row and the column it came from.
 */
final class DemandRows extends FormRows<DemandRequest> {

    /** Rows checked by {@code validator}'s constraints and then by the form's {@code rules} between fields. */
    DemandRows(Validator validator, Consumer<DemandRequest> rules) {
        super(validator, rules);
    }

    @Override
    protected Supplier<DemandRequest> read(ImportSheet sheet, SheetRow row) {
        BigDecimal min = amount(sheet, row, "budgetMin");
        BigDecimal max = amount(sheet, row, "budgetMax");
        LocalDate deadline = null;
        String date = row.text("deadline");
        if (date != null) {
            try {
                deadline = LocalDate.parse(date.replace('/', '-'));
            } catch (DateTimeParseException e) {
                reject(sheet, row, "deadline", "NOT_A_DATE");
            }
        }
        LocalDate readDeadline = deadline;
        return () -> new DemandRequest(row.text("title"), row.text("problem"), row.text("industry"), min, max,
                readDeadline, row.text("regionCode"),
                row.list("cooperationModes").stream().map(CooperationMode::valueOf).toList());
    }

    /** The column a field of the request came from ({@code cooperationModes[1]} → cooperationModes). */
    @Override
    protected String column(String field) {
        String root = field.replaceFirst("[\\[.].*$", "");
        return switch (root) {
            case "title", "problem", "industry", "budgetMin", "budgetMax", "deadline", "regionCode",
                    "cooperationModes" -> root;
            default -> null;
        };
    }
}
