package gx.techmarket.subsidy.entitlement;

import gx.techmarket.platform.problems.Messages;
import gx.techmarket.subsidy.programme.Assessment;
import gx.techmarket.subsidy.programme.Explanation;
import gx.techmarket.subsidy.programme.ExplanationText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 不予补助的认定结果 as the API shows it: which contract gave nothing under which programme, why (the reason's code and
 * its text in the caller's language) and the directory's facts, as of the registration, the refusal rests on.
 */
public record RefusalView(
        UUID id,
        @Schema(description = "The registered contract; null when the subject is not a contract (a qualification)")
        UUID contractId,
        @Schema(description = "What was assessed: CONTRACT or QUALIFICATION (高企 recognition)")
        String subjectType,
        @Schema(description = "How the subject is named: the registration number, the certificate number")
        String subjectReference,
        @Schema(description = "合同登记编号; null only for a refusal recorded before refusals kept it")
        String registrationNumber,
        int budgetYear,
        String programmeCode,
        @Schema(description = "The programme year's 政策条款")
        String policyClause,
        @Schema(description = "Why the contract gives nothing under the programme (a stable code)")
        Assessment.Reason reason,
        @Schema(description = "The reason in the caller's language (Accept-Language: zh-CN, the default, or en)")
        String reasonText,
        @Schema(description = "The directory's facts the refusal was decided on, as of the contract's registration: "
                + "each party's kind, region and parent, the relations found")
        String facts,
        @Schema(description = "The version of the registration assessed: 0 the registration, n its n-th amendment "
                + "(变更登记); an amended contract keeps the refusals of its earlier versions")
        int amendmentNumber,
        Instant assessedAt,
        @Schema(description = "Why nothing, clause by clause: each step's rule (code), where its facts come from "
                + "(source), how it came out (outcome) and the facts, the last step the refusal; null for refusals "
                + "recorded before explanations were kept")
        Explanation explanation,
        @Schema(description = "The explanation's steps in words, one line per step, in the caller's language")
        List<String> explanationText) {

    /** The message bundle's key of a reason's text ({@code problem-messages*.properties}). */
    static String reasonKey(Assessment.Reason reason) {
        return "refusal." + reason.name();
    }

    static RefusalView of(Ineligibility i, String policyClause, Locale locale) {
        Explanation explanation = i.explanation();
        return new RefusalView(i.id(), i.contractId, i.subjectType, i.subjectReference, i.registrationNumber,
                i.budgetYear, i.programmeCode, policyClause, i.reason,
                Messages.text(reasonKey(i.reason), locale).orElse(i.reason.name()), i.facts, i.amendmentNumber,
                i.assessedAt, explanation, ExplanationText.render(explanation, locale));
    }
}
