package gx.techmarket.platform.spreadsheet;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.platform.problems.ProblemException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The rows of an import sheet as the requests of a form, checked with the form's own rules: what the cells say
 * (numbers, dates, lists), then its Bean Validation constraints, then its rules between fields; every refusal lands
 * on the row and the column it came from. A service says how a row becomes its request ({@link #read}) and which
 * column a field of the request came from ({@link #column}).
 *
 * @param <R> the form's request
 */
public abstract class FormRows<R> {

    private final Validator validator;
    private final Consumer<R> rules;

    /** Rows checked by {@code validator}'s constraints and then by the form's {@code rules} between fields. */
    protected FormRows(Validator validator, Consumer<R> rules) {
        this.validator = validator;
        this.rules = rules;
    }

    /**
     * Reads the cells of {@code row}, rejecting on {@code sheet} what they cannot say; the request is made only when
     * nothing of the row was rejected.
     */
    protected abstract Supplier<R> read(ImportSheet sheet, SheetRow row);

    /** The column a field of the request came from (e.g. {@code patents[2].number} → patents); null if none. */
    protected abstract String column(String field);

    /** The request of each row, in order; a row with errors adds them to {@code sheet} and gives no request. */
    public List<R> requests(ImportSheet sheet) {
        List<R> requests = new ArrayList<>();
        for (SheetRow row : sheet.rows()) {
            request(sheet, row).ifPresent(requests::add);
        }
        return requests;
    }

    private Optional<R> request(ImportSheet sheet, SheetRow row) {
        int before = sheet.errors().size();
        Supplier<R> read = read(sheet, row);
        if (sheet.errors().size() > before || sheet.errors().stream().anyMatch(e -> e.row() == row.number())) {
            return Optional.empty();
        }
        R request = read.get();
        Set<ConstraintViolation<R>> violations = validator.validate(request);
        for (ConstraintViolation<R> v : violations) {
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

    /** The amount in cell {@code key} (thousands separators allowed), or null; {@code NOT_AN_AMOUNT} if it is none. */
    protected static BigDecimal amount(ImportSheet sheet, SheetRow row, String key) {
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

    /** Rejects cell {@code column} of {@code row} with {@code code} and the service's {@code cell.<code>} message. */
    protected static void reject(ImportSheet sheet, SheetRow row, String column, String code, Object... args) {
        String message = "REQUIRED".equals(code) ? CellMessages.text(code, sheet.locale())
                : Messages.text("cell." + code, sheet.locale(), args).orElse(code);
        sheet.reject(row, column, code, message);
    }
}
