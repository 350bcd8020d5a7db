package gx.techmarket.portal.subsidy.assessment;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** 不予补助: why a programme gave nothing, with the explanation clause by clause, as the subsidy service answers it. */
@TemplateData
public record ExplainedRefusal(
        UUID id,
        UUID contractId,
        String registrationNumber,
        String subjectType,
        String subjectReference,
        int budgetYear,
        String programmeCode,
        String policyClause,
        String reason,
        String reasonText,
        Instant assessedAt,
        Explanation explanation,
        List<String> explanationText) {

    /** The explanation clause by clause, each with its line in the reader's language. */
    public List<Explanation.Clause> clauses() {
        return Explanation.clauses(explanation, explanationText);
    }

    /** What it was decided on: the contract's registration number, or the certificate number and the like. */
    public String subject() {
        return registrationNumber != null ? registrationNumber : subjectReference;
    }

    /** Refusals have no status of their own; a list row carries this one. */
    public String status() {
        return "REFUSED";
    }
}
