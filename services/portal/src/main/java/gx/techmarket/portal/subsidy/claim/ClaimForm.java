package gx.techmarket.portal.subsidy.claim;

import gx.techmarket.portal.web.Amounts;
import io.quarkus.qute.TemplateData;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A claim as the claimant types it: on an entitlement, up to {@value #ROWS} payments (amount, date, registration
 * number, the bank's reference; rows left empty are not sent); on an R&D expense programme's year, last year's
 * expense; a note. The subsidy service decides the rest.
 */
@TemplateData
public class ClaimForm {

    static final int ROWS = 5;

    @RestForm
    public String entitlementId;

    @RestForm
    @Size(max = 64)
    public String programmeCode;

    @RestForm
    public String budgetYear;

    @RestForm
    public List<String> paymentAmount = new ArrayList<>();

    @RestForm
    public List<String> paymentPaidOn = new ArrayList<>();

    @RestForm
    public List<String> paymentNumber = new ArrayList<>();

    @RestForm
    public List<String> paymentReference = new ArrayList<>();

    @RestForm
    @Pattern(regexp = Amounts.PATTERN)
    public String expenseAmount;

    @RestForm
    @Size(max = 500)
    public String expenseDescription;

    @RestForm
    @Size(max = 1000)
    public String note;

    /** One payment row as typed, under the names the service gives its fields in a problem. */
    @TemplateData
    public record Row(int index, String amount, String paidOn, String number, String reference) {

        public String amountField() {
            return "payments[" + index + "].amount";
        }

        public boolean blank() {
            return amount.isBlank() && paidOn.isBlank() && reference.isBlank();
        }
    }

    /** A new claim on {@code entitlement} with its contract's registration number ready in every row. */
    static ClaimForm on(UUID entitlement, String registrationNumber) {
        ClaimForm form = new ClaimForm();
        form.entitlementId = entitlement == null ? null : entitlement.toString();
        for (int i = 0; i < ROWS; i++) {
            form.paymentNumber.add(registrationNumber == null ? "" : registrationNumber);
        }
        return form;
    }

    /** A new R&D expense claim on the programme's year. */
    static ClaimForm onExpense(String programmeCode, int year) {
        ClaimForm form = new ClaimForm();
        form.programmeCode = programmeCode;
        form.budgetYear = String.valueOf(year);
        return form;
    }

    /** The form of a claim as it stands, to change it. */
    static ClaimForm of(ClaimView claim) {
        ClaimForm form = new ClaimForm();
        form.entitlementId = claim.entitlementId() == null ? null : claim.entitlementId().toString();
        form.programmeCode = claim.programmeCode();
        form.budgetYear = String.valueOf(claim.budgetYear());
        for (ClaimView.PaymentView p : claim.payments()) {
            form.paymentAmount.add(Amounts.input(p.amount()));
            form.paymentPaidOn.add(p.paidOn().toString());
            form.paymentNumber.add(p.registrationNumber());
            form.paymentReference.add(p.reference());
        }
        if (!claim.expenses().isEmpty()) {
            form.expenseAmount = Amounts.input(claim.expenses().get(0).amount());
            form.expenseDescription = claim.expenses().get(0).description();
        }
        form.note = claim.note();
        return form;
    }

    public boolean expense() {
        return (entitlementId == null || entitlementId.isBlank()) && programmeCode != null && !programmeCode.isBlank();
    }

    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        String number = paymentNumber.isEmpty() ? "" : nz(paymentNumber.get(0));
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row(i, at(paymentAmount, i), at(paymentPaidOn, i),
                    i < paymentNumber.size() ? nz(paymentNumber.get(i)) : number, at(paymentReference, i)));
        }
        return rows;
    }

    /** The rows whose amount is not one, or whose date is not a date (the portal's own check). */
    List<Integer> badRows() {
        List<Integer> bad = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.blank() && (!row.amount().matches(Amounts.PATTERN) || row.amount().isBlank()
                    || date(row.paidOn()) == null)) {
                bad.add(row.index());
            }
        }
        return bad;
    }

    List<ClaimRequests.Payment> payments() {
        List<ClaimRequests.Payment> payments = new ArrayList<>();
        for (Row row : rows()) {
            if (!row.blank()) {
                payments.add(new ClaimRequests.Payment(Amounts.parse(row.amount()), date(row.paidOn()),
                        row.number().strip(), row.reference().strip()));
            }
        }
        return payments;
    }

    List<ClaimRequests.Expense> expenses() {
        if (expenseAmount == null || expenseAmount.isBlank()) {
            return List.of();
        }
        return List.of(new ClaimRequests.Expense(year() - 1, Amounts.parse(expenseAmount),
                expenseDescription == null ? "" : expenseDescription.strip()));
    }

    ClaimRequests.NewClaim toNew() {
        if (expense()) {
            return new ClaimRequests.NewClaim(null, programmeCode.strip(), year(), List.of(), expenses(), blank(note));
        }
        return new ClaimRequests.NewClaim(uuid(entitlementId), null, null, payments(), List.of(), blank(note));
    }

    ClaimRequests.Update toUpdate() {
        return new ClaimRequests.Update(expense() ? List.of() : payments(), expense() ? expenses() : List.of(),
                blank(note));
    }

    /** What the payments add up to, for the confirmation. */
    BigDecimal paid() {
        return payments().stream().map(ClaimRequests.Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private int year() {
        try {
            return Integer.parseInt(budgetYear == null ? "" : budgetYear.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static String at(List<String> values, int i) {
        return i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
