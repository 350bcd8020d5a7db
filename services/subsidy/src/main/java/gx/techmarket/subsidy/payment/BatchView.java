package gx.techmarket.subsidy.payment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A payment batch as operators see it: its payees with their accounts and amounts, the payees held out and why, where
 * it stands, and what the caller may do to it now ({@code approve}, {@code download-payment-file}, {@code mark-paid}).
 */
public record BatchView(
        UUID id,
        String number,
        String programmeCode,
        int budgetYear,
        BatchStatus status,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        String totalInWords,
        List<Payee> payees,
        List<Held> held,
        Instant createdAt,
        String createdBy,
        Instant approvedAt,
        String approvedBy,
        String reapprovalReason,
        Instant paidAt,
        LocalDate paidOn,
        String paymentReference,
        List<String> actions) {

    /** One payee: gross (its items), offset (set off against what it owes back), net (what the bank pays). */
    public record Payee(
            int lineNo,
            String uscc,
            String name,
            String bankName,
            String accountNumber,
            String accountName,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal gross,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal offset,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal net,
            String netInWords,
            String reference,
            int items) {}

    /** A payee held out of the batch, with the reason (code and text in the caller's language). */
    public record Held(
            String uscc,
            String name,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            int items,
            String reason,
            String reasonText) {}
}
