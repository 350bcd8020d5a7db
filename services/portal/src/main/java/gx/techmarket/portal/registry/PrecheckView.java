package gx.techmarket.portal.registry;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.List;

/**
 * 预审: the registry's suggestion of type and subtype with its reason, the documents the subtype needs, the amounts
 * it computes and its warnings (an already mastered technology, consulting on economic matters, a reward share below
 * 70 % …). Advice only: the filer decides, the registrar examines.
 */
@TemplateData
public record PrecheckView(String suggestedType, String suggestedCategory, String rule, String reason, List<Document> checklist,
        BigDecimal totalContractAmount, BigDecimal nonTechnicalAmount, BigDecimal technologyTransactionAmount,
        String ruleSetVersion, Deadline deadline, List<Warning> warnings) {

    public PrecheckView {
        checklist = checklist == null ? List.of() : checklist;
        warnings = warnings == null ? List.of() : warnings;
    }

    /** A kind of supporting document with its labels. */
    @TemplateData
    public record Document(String kind, String zh, String en) {}

    /** The rule set's deadline for the contract (15 or 30 working days …). */
    @TemplateData
    public record Deadline(Integer amount, String unit) {}

    /** A warning in Chinese ({@code message}) and English ({@code messageEn}). */
    @TemplateData
    public record Warning(String code, String message, String messageEn) {}
}
