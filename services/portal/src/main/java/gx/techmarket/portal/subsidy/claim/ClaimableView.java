package gx.techmarket.portal.subsidy.claim;

import io.quarkus.qute.TemplateData;
import java.math.BigDecimal;
import java.util.UUID;

/** An entitlement of the caller's organisation, as far as a claim on it needs it (the ceiling to claim against). */
@TemplateData
public record ClaimableView(UUID id, String programmeCode, int budgetYear, String registrationNumber,
        String contractTitle, BigDecimal basisAmount, BigDecimal amount, String status) {

    public boolean claimable() {
        return "CLAIMABLE".equals(status);
    }
}
