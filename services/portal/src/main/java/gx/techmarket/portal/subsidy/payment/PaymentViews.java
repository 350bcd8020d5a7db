package gx.techmarket.portal.subsidy.payment;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the subsidy service answers about payments (拨付), receivables (追回), reconciliation and statements. */
public final class PaymentViews {

    private PaymentViews() {}

    /** A payment batch with its payees, held-out payees and the caller's actions. */
    @TemplateData
    public record BatchView(UUID id, String number, String programmeCode, int budgetYear, String status,
            BigDecimal total, String totalInWords, List<Payee> payees, List<Held> held, Instant createdAt,
            String createdBy, Instant approvedAt, String approvedBy, String reapprovalReason, Instant paidAt,
            LocalDate paidOn, String paymentReference, List<String> actions) {

        public boolean can(String action) {
            return actions != null && actions.contains(action);
        }
    }

    @TemplateData
    public record Payee(int lineNo, String uscc, String name, String bankName, String accountNumber,
            String accountName, BigDecimal gross, BigDecimal offset, BigDecimal net, String netInWords,
            String reference, int items) {}

    @TemplateData
    public record Held(String uscc, String name, BigDecimal amount, int items, String reason, String reasonText) {}

    /** A receivable (应收追回款). */
    @TemplateData
    public record ReceivableView(UUID id, String programmeCode, int budgetYear, String beneficiaryUscc,
            String beneficiaryName, String beneficiaryRegion, BigDecimal amount, BigDecimal outstanding,
            BigDecimal reserved, String reason, String status, Instant raisedAt, Instant settledAt,
            List<Settlement> settlements, List<String> actions) {

        public boolean can(String action) {
            return actions != null && actions.contains(action);
        }
    }

    @TemplateData
    public record Settlement(String kind, BigDecimal amount, String reference, LocalDate settledOn, UUID batchId,
            Instant recordedAt) {}

    /** A programme-year's month: account groups with opening, movements and closing. */
    @TemplateData
    public record Reconciliation(String programmeCode, int budgetYear, String month, List<Group> accounts,
            boolean addsUp, boolean entriesBalance) {}

    @TemplateData
    public record Group(String account, String scope, BigDecimal opening, List<Movement> movements,
            BigDecimal closing, BigDecimal keptClosing, boolean addsUp) {}

    @TemplateData
    public record Movement(String entryKind, BigDecimal amount, int entries) {}

    /** A beneficiary's statement (对账单) of a year. */
    @TemplateData
    public record Statement(String beneficiaryUscc, String beneficiaryName, int year, BigDecimal openingOwed,
            BigDecimal openingOwedBack, List<Line> lines, BigDecimal closingOwed, BigDecimal closingOwedBack,
            Totals totals) {}

    @TemplateData
    public record Line(LocalDate date, String programmeCode, String what, String description, BigDecimal amount,
            BigDecimal owedBack, BigDecimal balance, BigDecimal owedBackBalance) {}

    @TemplateData
    public record Totals(BigDecimal granted, BigDecimal reversed, BigDecimal paid, BigDecimal receivablesRaised,
            BigDecimal repaid, BigDecimal offset) {}

    /** Requests. */
    public record BatchRequest(String programmeCode, int budgetYear) {}

    public record PaidRequest(String paymentReference, LocalDate paidOn) {}

    public record RepaymentRequest(BigDecimal amount, LocalDate repaidOn, String reference) {}
}
