package gx.techmarket.subsidy.claim;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.subsidy.programme.ApprovalMode;
import gx.techmarket.subsidy.programme.Explanation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A claim as the API shows it: what it rests on, its evidence, where it stands, why, and what the caller may do. */
public record ClaimView(
        UUID id,
        String programmeCode,
        int budgetYear,
        UUID entitlementId,
        ClaimKind kind,
        @Schema(description = "合同登记编号 of the entitlement's contract (a contract's claim)") String registrationNumber,
        String beneficiaryUscc,
        String beneficiaryName,
        String beneficiaryRegion,
        ApprovalMode approval,
        ClaimStatus status,
        @Schema(description = "What the claim gives, fixed when it is approved")
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        List<PaymentView> payments,
        List<ExpenseView> expenses,
        List<EvidenceView> evidence,
        String note,
        @Schema(description = "Why it was returned or rejected") String decisionReason,
        @Schema(description = "Why it was reversed or closed (the entitlement's contract changed)") String endReason,
        @Schema(description = "How the amount was computed, step by step (at submission a preview, at approval the "
                + "decision)") Explanation explanation,
        @Schema(description = "The explanation in the caller's language, one line per step") List<String> explanationText,
        UUID journalEntryId,
        UUID reversalEntryId,
        String createdBy,
        Instant createdAt,
        Instant submittedAt,
        String verifiedBy,
        Instant verifiedAt,
        String decidedBy,
        Instant decidedAt,
        Instant grantedAt,
        Instant endedAt,
        List<String> actions) {

    /** 付款凭证 as declared. */
    public record PaymentView(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, LocalDate paidOn,
            String payerUscc, String registrationNumber, String reference) {}

    /** 研发费用 as declared. */
    public record ExpenseView(int expenseYear, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
            String description) {}

    static ClaimView of(Claim c, String registrationNumber, ApprovalMode approval, List<ClaimEvidence> files,
            List<String> actions, Locale locale) {
        return new ClaimView(c.id(), c.programmeCode, c.budgetYear, c.entitlementId, c.kind, registrationNumber,
                c.beneficiaryUscc, c.beneficiaryName, c.beneficiaryRegion, approval, c.status, c.amount,
                c.payments.stream().map(p -> new PaymentView(p.amount, p.paidOn, p.payerUscc, p.registrationNumber,
                        p.reference)).toList(),
                c.expenses.stream().map(e -> new ExpenseView(e.expenseYear, e.amount, e.description)).toList(),
                files.stream().map(EvidenceView::of).toList(), c.note, c.decisionReason, c.endReason, c.explanation,
                c.explanation == null ? List.of() : ClaimExplanations.render(c.explanation, locale),
                c.journalEntryId, c.reversalEntryId, c.createdBy, c.createdAt(), c.submittedAt, c.verifiedBy,
                c.verifiedAt, c.decidedBy, c.decidedAt, c.grantedAt, c.endedAt, actions);
    }
}
