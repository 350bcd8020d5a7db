package gx.techmarket.contracts.events;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * 补助申报审核结果: an admin decided a claim (补助申报): approved it (with the amount it gives), returned it for
 * correction or rejected it (each with the reason). The claimant's organisation is told.
 *
 * @param claimId            the claim
 * @param programmeCode      补助项目 code (open set)
 * @param budgetYear         the programme's budget year
 * @param beneficiaryUscc    the claimant's organisation
 * @param beneficiaryName    its name
 * @param registrationNumber 合同登记编号 of the contract claimed on, absent for a claim on a qualification or expense
 * @param decision           APPROVED, RETURNED or REJECTED
 * @param amount             what an approved claim gives in 元; absent otherwise
 * @param reason             why it was returned or rejected; absent when approved
 * @param decidedAt          when
 */
@EventContract(type = "subsidy.ClaimDecided.v1", topic = "subsidy.claims.v1", aggregateType = "Claim")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClaimDecided(
        UUID claimId,
        String programmeCode,
        int budgetYear,
        String beneficiaryUscc,
        String beneficiaryName,
        String registrationNumber,
        Decision decision,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        String reason,
        Instant decidedAt) implements DomainEvent {

    static final int REASON_MAX = 1000;

    /** What the admin decided. */
    public enum Decision {
        /** 核准 (granted, or waiting for budget): {@code amount} says how much. */
        APPROVED,
        /** 退回: to be corrected and submitted again; {@code reason} says why. */
        RETURNED,
        /** 不予支持: final; {@code reason} says why. */
        REJECTED
    }

    public ClaimDecided {
        Require.present(claimId, "claimId");
        Require.code(programmeCode, "programmeCode");
        if (budgetYear < 2000 || budgetYear > 2100) {
            throw new IllegalArgumentException("budgetYear " + budgetYear + " is not between 2000 and 2100");
        }
        Require.matches(beneficiaryUscc, Codes.USCC, "beneficiaryUscc");
        Require.text(beneficiaryName, Require.NAME_MAX, "beneficiaryName");
        Require.matchesIfPresent(registrationNumber, Codes.REGISTRATION_NUMBER, "registrationNumber");
        Require.present(decision, "decision");
        amount = Money.ofNullable(amount);
        reason = Require.textIfPresent(reason, REASON_MAX, "reason");
        if ((decision == Decision.APPROVED) != (amount != null)) {
            throw new IllegalArgumentException("amount is given exactly when the claim is approved");
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be more than zero");
        }
        if ((decision == Decision.APPROVED) == (reason != null)) {
            throw new IllegalArgumentException("reason is given exactly when the claim is returned or rejected");
        }
        Require.present(decidedAt, "decidedAt");
    }

    @Override
    public String aggregateId() {
        return claimId.toString();
    }
}
