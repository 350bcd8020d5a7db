package gx.techmarket.subsidy.entitlement;

import com.fasterxml.jackson.annotation.JsonFormat;
import gx.techmarket.subsidy.programme.ProgrammeTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An entitlement as the API shows it, with everything it is traceable to. */
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
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal basisAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        boolean capped,
        EntitlementStatus status,
        UUID journalEntryId,
        UUID reversalEntryId,
        Instant registeredAt,
        Instant createdAt,
        Instant grantedAt,
        Instant reversedAt) {

    public record Beneficiary(String uscc, String name, String kind, String region) {}

    public record Page(List<EntitlementView> items, long total, int page, int size) {}

    static EntitlementView of(Entitlement e) {
        return new EntitlementView(e.id, e.programmeCode, e.budgetYear, e.policyClause,
                new Beneficiary(e.beneficiaryUscc, e.beneficiaryName, e.beneficiaryKind, e.beneficiaryRegion),
                e.contractId, e.registrationNumber, e.contractTitle, e.contractType, e.basisAmount,
                ProgrammeTerms.normalRate(e.rate), e.amount, e.capped, e.status, e.journalEntryId, e.reversalEntryId,
                e.registeredAt, e.createdAt, e.grantedAt, e.reversedAt);
    }
}
