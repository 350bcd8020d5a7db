package gx.techmarket.portal.subsidy;

import gx.techmarket.portal.web.Party;
import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An entitlement (应享补助) from a registered contract, as the subsidy service answers it. */
@TemplateData
public record EntitlementView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String policyClause,
        Party beneficiary,
        UUID contractId,
        String registrationNumber,
        String contractTitle,
        String contractType,
        BigDecimal basisAmount,
        BigDecimal rate,
        BigDecimal amount,
        boolean capped,
        String status,
        Instant registeredAt,
        Instant createdAt,
        Instant grantedAt) {
}
