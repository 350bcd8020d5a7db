package gx.techmarket.demand.intake;

import gx.techmarket.contracts.events.CooperationMode;
import gx.techmarket.demand.listing.DemandRequest;
import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.ProblemException;
import gx.techmarket.platform.spreadsheet.ImportSheet;
import gx.techmarket.platform.spreadsheet.SheetRow;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of a demands sheet as {@link DemandRequest}s, checked with the form's own rules: its Bean Validation
 * constraints and its rules between fields; every refusal lands on the row and the column it came from.
 */
final class DemandRows {

    private final Validator validator;
    private final Consumer<DemandRequest> rules;

    DemandRows(Validator validator, Consumer<DemandRequest> rules) {
        this.validator = validator;
        this.rules = rules;
    }

    List<DemandRequest> requests(ImportSheet sheet) {
        List<DemandRequest> requests = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            request(sheet, row).ifPresent(requests::add);
        }
        return requests;
    }

    private Optional<DemandRequest> request(ImportSheet sheet, SheetRow row) {
        int before = sheet.errors().size();
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
        if (sheet.errors().size() > before || sheet.errors().stream().anyMatch(e -> e.row() == row.number())) {
            return Optional.empty();
        }
        DemandRequest request = new DemandRequest(row.text("title"), row.text("problem"), row.text("industry"), min,
                max, deadline, row.text("regionCode"),
                row.list("cooperationModes").stream().map(CooperationMode::valueOf).toList());
        Set<ConstraintViolation<DemandRequest>> violations = validator.validate(request);
        for (ConstraintViolation<DemandRequest> v : violations) {
            sheet.reject(row, column(v.getPropertyPath().toString()),
                    v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(), v.getMessage());
        }
        if (!violations.isEmpty()) {
            return Optional.empty();
        }
        try {
            rules.accept(request);
        } catch (ProblemException e) {
            String message = Messages.text("field." + e.fieldCode(), sheet.locale())
                    .orElse(Messages.detail(e.code(), sheet.locale(), e.args()));
            sheet.reject(row, e.field() == null ? null : column(e.field()), e.code(), message);
            return Optional.empty();
        }
        return Optional.of(request);
    }

    private static BigDecimal amount(ImportSheet sheet, SheetRow row, String key) {
        String text = row.text(key);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(",", "").replace("，", ""));
        } catch (NumberFormatException e) {
            reject(sheet, row, key, "NOT_AN_AMOUNT");
            return null;
        }
    }

    private static void reject(ImportSheet sheet, SheetRow row, String column, String code) {
        sheet.reject(row, column, code, Messages.text("cell." + code, sheet.locale()).orElse(code));
    }

    /** The column a field of the request came from ({@code cooperationModes[1]} → cooperationModes). */
    static String column(String field) {
        String root = field.replaceFirst("[\\[.].*$", "");
        return switch (root) {
            case "title", "problem", "industry", "budgetMin", "budgetMax", "deadline", "regionCode",
                    "cooperationModes" -> root;
            default -> null;
        };
    }
}
