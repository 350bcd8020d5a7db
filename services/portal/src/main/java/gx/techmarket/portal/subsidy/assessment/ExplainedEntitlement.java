package gx.techmarket.portal.subsidy.assessment;

import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entitlement (应享补助) with the explanation of how it was decided, as the subsidy service answers it. */
@TemplateData
public record ExplainedEntitlement(
        UUID id,
        String programmeCode,
        int budgetYear,
        String policyClause,
        Party beneficiary,
        String subjectType,
        String subjectReference,
        UUID contractId,
        String registrationNumber,
        String contractTitle,
        BigDecimal basisAmount,
        BigDecimal rate,
        BigDecimal amount,
        boolean capped,
        String status,
        Instant createdAt,
        Instant grantedAt,
        String endReason,
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
}
