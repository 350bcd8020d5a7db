package gx.techmarket.portal.subsidy;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entitlement (应享补助) from a registered contract, as the subsidy service answers it. */
@TemplateData
public record EntitlementView(
        UUID id,
        String programmeCode,
        int budgetYear,
        String policyClause,
        Beneficiary beneficiary,
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

    @TemplateData
    public record Beneficiary(String uscc, String name, String kind, String region) {}

    @TemplateData
    public record Page(List<EntitlementView> items, long total, int page, int size) {

        public Page {
            items = items == null ? List.of() : items;
        }
    }
}
