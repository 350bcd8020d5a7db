package gx.techmarket.portal.subsidy.claim;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A claim (补助申报) as the subsidy service answers it, with the caller's actions. */
@TemplateData
public record ClaimView(
        UUID id,
        String programmeCode,
        int budgetYear,
        UUID entitlementId,
        String kind,
        String registrationNumber,
        String beneficiaryUscc,
        String beneficiaryName,
        String beneficiaryRegion,
        String approval,
        String status,
        BigDecimal amount,
        List<PaymentView> payments,
        List<ExpenseView> expenses,
        List<EvidenceView> evidence,
        String note,
        String decisionReason,
        String endReason,
        List<String> explanationText,
        Instant createdAt,
        Instant submittedAt,
        Instant decidedAt,
        Instant grantedAt,
        List<String> actions) {

    /** 付款凭证 as declared. */
    @TemplateData
    public record PaymentView(BigDecimal amount, LocalDate paidOn, String payerUscc, String registrationNumber,
            String reference) {}

    /** 研发费用 as declared. */
    @TemplateData
    public record ExpenseView(int expenseYear, BigDecimal amount, String description) {}

    /** A file of evidence. */
    @TemplateData
    public record EvidenceView(UUID id, String kind, String fileName, String mediaType, long size,
            Instant uploadedAt) {}

    public boolean can(String action) {
        return actions != null && actions.contains(action);
    }

    /** The payments declared, added up. */
    public BigDecimal paid() {
        return payments == null ? BigDecimal.ZERO
                : payments.stream().map(PaymentView::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
