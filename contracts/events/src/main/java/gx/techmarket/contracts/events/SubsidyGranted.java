package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 补助已核准: an operator approved a subsidy for an entitlement derived from a registered contract. Traceable to
 * its programme, policy clause, contract and registration number.
 *
 * @param entitlementId      the entitlement
 * @param programmeCode      补助项目 code (open set, e.g. {@code INTERMEDIARY_SUBSIDY})
 * @param policyClause       政策条款 the grant rests on
 * @param beneficiary        who receives it
 * @param contractId         the registered contract
 * @param registrationNumber its 合同登记编号
 * @param basisAmount        the amount the rate applies to, in 元
 * @param rate               the rate applied, a fraction between 0 and 1
 * @param amount             the granted amount in 元, after caps
 * @param budgetYear         the budget year charged
 * @param grantedAt          when it was approved
 */
@EventContract(type = "subsidy.SubsidyGranted.v1", topic = "subsidy.grants.v1", aggregateType = "Entitlement")
public record SubsidyGranted(
        UUID entitlementId,
        String programmeCode,
        String policyClause,
        Party beneficiary,
        UUID contractId,
        String registrationNumber,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal basisAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal rate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        int budgetYear,
        Instant grantedAt) implements DomainEvent {

    static final int POLICY_CLAUSE_MAX = 1000;

    public SubsidyGranted {
        Require.present(entitlementId, "entitlementId");
        Require.code(programmeCode, "programmeCode");
        Require.text(policyClause, POLICY_CLAUSE_MAX, "policyClause");
        Require.present(beneficiary, "beneficiary");
        Require.present(contractId, "contractId");
        Require.matches(registrationNumber, Codes.REGISTRATION_NUMBER, "registrationNumber");
        basisAmount = Money.of(Require.present(basisAmount, "basisAmount"));
        rate = Money.rate(Require.present(rate, "rate"));
        amount = Money.of(Require.present(amount, "amount"));
        if (amount.compareTo(basisAmount) > 0) {
            throw new IllegalArgumentException("amount " + amount.toPlainString() + " exceeds basisAmount "
                    + basisAmount.toPlainString());
        }
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw new IllegalArgumentException("budgetYear " + budgetYear + " is not between 2000 and 2100");
        }
        Require.present(grantedAt, "grantedAt");
    }

    @Override
    public String aggregateId() {
        return entitlementId.toString();
    }
}
